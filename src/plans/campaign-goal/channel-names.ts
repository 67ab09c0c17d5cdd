// Channel names as marketers type them: every kind of space trimmed, case ignored (Sheets' `=`
// compares text without case), and the ad platforms' names mapped to the wizard's channels. The
// one list of those names; docs/campaign-goal-sheet.md shows it.
import { quoteString } from '../shared/formula-text.ts';
import type { GoalContext } from './block.ts';
import type { ChannelId } from './config.ts';
import { channelColumn, LAYOUT } from './layout.ts';

/** Platform and other names read as each channel (besides the channel's own name). */
export const CHANNEL_ALIASES: Readonly<Record<ChannelId, readonly string[]>> = {
  search: ['Google Ads', 'Google', 'AdWords', 'Bing', 'Bing Ads', 'Microsoft Ads', 'Microsoft Advertising'],
  social: ['Meta', 'Meta Ads', 'Facebook', 'Facebook Ads', 'Instagram', 'TikTok', 'TikTok Ads'],
  linkedin: ['LinkedIn Ads', 'LinkedIn Campaign Manager'],
  affiliate: ['Affiliates'],
  native: ['Taboola', 'Outbrain'],
  ctv: ['CTV'],
  retail: ['Amazon Ads', 'Walmart Connect'],
};

/**
 * Code points Sheets' TRIM leaves (it removes only the ASCII space): tab, line breaks, the no-break
 * spaces (U+00A0, U+202F, U+FEFF), the typographic spaces U+2000-U+200A and U+200B, the line and
 * paragraph separators, U+205F, U+1680 and the ideographic space U+3000 (Japanese keyboards).
 */
const OTHER_SPACES = [
  9, 10, 13, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8203, 8232, 8233,
  8239, 8287, 12288, 65279,
];

/**
 * en_US, element-wise: the text with every kind of space made an ASCII space, then TRIMmed (ends
 * cut, runs of spaces made one). UNICHAR: https://support.google.com/docs/answer/3094002.
 */
export function cleanName(ref: string): string {
  const spaced = OTHER_SPACES.reduce((t, code) => `SUBSTITUTE(${t},UNICHAR(${code})," ")`, `${ref}&""`);
  return `TRIM(${spaced})`;
}

/**
 * en_US, element-wise over the Channel column: the goal's channel a typed name is read as (its
 * name as in the Channels block), or "" for a name that is none of them. A blank name is the
 * channel of a one-channel goal, and "" with several (the Status asks which).
 */
export function channelReadAs(ctx: GoalContext, ref: string): string {
  const clean = cleanName(ref);
  const C = LAYOUT.channels;
  const nameCell = (i: number): string => `$${channelColumn('Channel')}$${C.firstRow + i}`;
  const chain = ctx.goal.channels.reduceRight((otherwise, ch, i) => {
    const names = [nameCell(i), ...CHANNEL_ALIASES[ch.id].map(quoteString)];
    const matches = names.map((n) => `(${clean}=${n})`).join('+');
    return `IF(${matches},${nameCell(i)},${otherwise})`;
  }, '""');
  const blank = ctx.goal.channels.length === 1 ? nameCell(0) : '""';
  return `IF(${clean}="",${blank},${chain})`;
}
