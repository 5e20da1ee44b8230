import { NETWORKS, ROLES, type Guidelines } from '@/shared/feed/types';
import { NETWORK_LABELS } from '@/shared/share/network-labels';
import { ROLE_LABELS } from '../feed-view';
import { ChoicesField, DateField } from './choice-fields';
import { ListField, TextField, useStudioFields } from './studio-fields';
import { SuggestionEditor } from './suggestion-editor';
import { t } from '@/shared/i18n';

export interface ItemFormProps {
  index: number;
  guidelines: Guidelines;
}

/** Every field of one item, in the order an organizer thinks of them. */
export function ItemForm({ index, guidelines }: ItemFormProps) {
  const fields = useStudioFields();
  const at = (...rest: string[]) => ['items', index, ...rest];
  const itemErrors = fields.errors(['items', index]);
  return (
    <div className="studio-item-form">
      {itemErrors.length > 0 && (
        <ul className="studio-errors">
          {itemErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <TextField path={at('title')} label={t('studio.itemTitle')} />
      <TextField path={at('url')} label={t('studio.itemUrl')} type="url" placeholder="https://" />
      <TextField path={at('summary')} label={t('studio.itemSummary')} multiline />
      <TextField path={at('content_text')} label={t('studio.itemText')} multiline />
      <TextField path={at('image')} label={t('studio.itemImage')} type="url" placeholder="https://" />
      <fieldset className="studio-group">
        <legend>{t('studio.forEmployees')}</legend>
        <ListField path={at('_ownvoice', 'prompts')} label={t('studio.prompts')} />
        <SuggestionEditor itemIndex={index} guidelines={guidelines} />
        <ListField path={at('_ownvoice', 'hashtags')} label={t('studio.hashtags')} />
        <ChoicesField
          path={at('_ownvoice', 'roles')}
          legend={t('studio.roles')}
          hint={t('studio.rolesHint')}
          options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        />
        <ChoicesField
          path={at('_ownvoice', 'networks')}
          legend={t('studio.networks')}
          hint={t('studio.networksHint')}
          options={NETWORKS.map((network) => ({ value: network, label: NETWORK_LABELS[network] }))}
        />
      </fieldset>
      <fieldset className="studio-group">
        <legend>{t('studio.moreDetails')}</legend>
        <TextField path={at('id')} label={t('studio.itemId')} hint={t('studio.itemIdHint')} />
        <ListField path={at('tags')} label={t('studio.tags')} />
        <TextField path={at('language')} label={t('studio.language')} hint={t('studio.languageHint')} />
        <DateField path={at('date_published')} label={t('studio.published')} />
        <DateField path={at('date_modified')} label={t('studio.modified')} />
        <DateField
          path={at('_ownvoice', 'expires_at')}
          label={t('studio.expires')}
          hint={t('studio.expiresHint')}
        />
        <TextField
          path={at('_ownvoice', 'campaign')}
          label={t('studio.campaign')}
          hint={t('studio.campaignHint')}
        />
        <TextField
          path={at('external_url')}
          label={t('studio.externalUrl')}
          type="url"
          placeholder="https://"
        />
      </fieldset>
    </div>
  );
}
