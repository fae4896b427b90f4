// The words web pages build their share, follow and subscribe widgets from: data for the loader's boilerplate rules.

/** Services and actions a share or follow widget names, lower case; a line made only of these is a widget's residue. */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  'share', 'shares', 'shared', 'tweet', 'retweet', 'email', 'e-mail', 'mail', 'print', 'comment', 'comments', 'save', 'copy', 'link',
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'pinterest', 'tumblr', 'messenger', 'instagram',
  'youtube', 'flipboard', 'pocket', 'vk', 'viber', 'line', 'wechat', 'weibo', 'google', 'google+', 'sms', 'rss', 'more',
  'follow', 'us', 'on', 'subscribe', 'send', 'views', 'view', 'the', 'this', 'article', 'story', 'page', 'via', 'to', 'a', 'friend',
]);

/** Words that only a widget's line holds (a line of `share` words needs at least one of them, so `More` alone is text). */
const WIDGET_MARKERS: ReadonlySet<string> = new Set([
  'share', 'tweet', 'retweet', 'email', 'e-mail', 'mail', 'print', 'comment', 'comments', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'telegram',
  'reddit', 'pinterest', 'tumblr', 'flipboard', 'subscribe', 'follow', 'views', 'rss',
]);

/** A word of a widget's line: what lies between white space and the separators widgets print (`|`, `•`, `/`...). */
const WIDGET_WORD = /[^\s|•·/,:]+/g;

/**
 * A line made only of share-widget words and counts (`Facebook Twitter Linkedin Mail`, `Print Tweet Views 458`,
 * `Share on WhatsApp`), at most 12 words with at least one that only such a widget uses.
 */
export function isShareLine(text: string): boolean {
  // the words one by one, stopping at a thirteenth: most lines tested are paragraphs of prose
  const words: string[] = [];
  WIDGET_WORD.lastIndex = 0;
  for (let word = WIDGET_WORD.exec(text); word !== null; word = WIDGET_WORD.exec(text)) {
    if (words.length === 12) return false;
    words.push(word[0].toLowerCase());
  }
  if (words.length === 0) return false;
  return words.every((w) => SHARE_WORDS.has(w) || /^\d+$/.test(w)) && words.some((w) => WIDGET_MARKERS.has(w));
}
