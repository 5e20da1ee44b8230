import { CheckField } from './choice-fields';
import { ListField, NumberField, TextField } from './studio-fields';
import { t } from '@/shared/i18n';

const g = (...rest: string[]) => ['_ownvoice', 'guidelines', ...rest];

/** The feed level: who it is from, how often it is read, the posting rules, link tagging. */
export function FeedForm() {
  return (
    <div className="studio-feed-form">
      <TextField path={['title']} label={t('studio.feedTitle')} />
      <TextField path={['_ownvoice', 'organization']} label={t('studio.organization')} />
      <TextField
        path={['_ownvoice', 'contact']}
        label={t('studio.contact')}
        hint={t('studio.contactHint')}
        type="email"
        placeholder="news@example.com"
      />
      <TextField path={['description']} label={t('studio.description')} multiline />
      <TextField path={['language']} label={t('studio.language')} hint={t('studio.languageHint')} />
      <TextField path={['home_page_url']} label={t('studio.homePage')} type="url" placeholder="https://" />
      <TextField path={['icon']} label={t('studio.icon')} type="url" placeholder="https://" />
      <TextField path={['favicon']} label={t('studio.favicon')} type="url" placeholder="https://" />
      <TextField path={['feed_url']} label={t('studio.feedUrl')} type="url" placeholder="https://" />
      <NumberField
        path={['_ownvoice', 'refresh_minutes']}
        label={t('studio.refresh')}
        hint={t('studio.refreshHint')}
      />
      <fieldset className="studio-group">
        <legend>{t('studio.guidelines')}</legend>
        <TextField path={g('url')} label={t('studio.policyUrl')} type="url" placeholder="https://" />
        <TextField path={g('notes')} label={t('studio.notes')} hint={t('studio.notesHint')} multiline />
        <TextField
          path={g('disclosure', 'text')}
          label={t('studio.disclosure')}
          hint={t('studio.disclosureHint')}
        />
        <CheckField path={g('disclosure', 'required')} label={t('studio.disclosureRequired')} whenAbsent />
        <ListField path={g('blocked_terms')} label={t('studio.blocked')} />
        <ListField path={g('caution_terms')} label={t('studio.caution')} />
        <NumberField
          path={g('min_own_words')}
          label={t('studio.minOwnWords')}
          hint={t('studio.minOwnWordsHint')}
          step={0.05}
        />
      </fieldset>
      <fieldset className="studio-group">
        <legend>{t('studio.utm')}</legend>
        <p className="hint">{t('studio.utmHint')}</p>
        <TextField path={['_ownvoice', 'utm', 'source']} label={t('studio.utmSource')} />
        <TextField path={['_ownvoice', 'utm', 'medium']} label={t('studio.utmMedium')} />
        <TextField path={['_ownvoice', 'utm', 'campaign']} label={t('studio.utmCampaign')} />
      </fieldset>
    </div>
  );
}
