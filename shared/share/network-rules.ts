import { linkedinLength, postLength, type PostLength } from '../compose/network-limits';
import { NETWORKS, type Network } from '../feed/types';
import { linkedinIntentUrl, shareIntentUrl, type IntentInput, type IntentResult } from './intents';

/** How a network counts a post, and the page that opens its composer with the post. */
export interface NetworkRules {
  length: (text: string) => PostLength;
  intent: (input: IntentInput) => IntentResult;
}

/** The networks a composer offers here, each with its rules. */
export type NetworkRuleSet = Partial<Record<Network, NetworkRules>>;

/**
 * LinkedIn alone, for the LinkedIn overlay: X's weighted count, Mastodon's and Bluesky's rules
 * and the other share pages stay out of its bundle (~1.2 KB gzip).
 */
export const LINKEDIN_ONLY: NetworkRuleSet = {
  linkedin: { length: linkedinLength, intent: ({ text }) => linkedinIntentUrl(text) },
};

let all: NetworkRuleSet | undefined;

/**
 * All five networks, for the extension's own pages. A function rather than a constant, so a
 * bundle that never calls it leaves the other networks' rules out.
 */
export function allNetworks(): NetworkRuleSet {
  all ??= Object.fromEntries(
    NETWORKS.map((network): [Network, NetworkRules] => [
      network,
      { length: (text) => postLength(text, network), intent: (input) => shareIntentUrl(network, input) },
    ]),
  );
  return all;
}
