// Search tokens in the browser: the same tokens as plugins/digest/search_text.py
// (docs/search.md explains them), a query turned into a Pagefind query, and the
// indexed tokens read back into the article's text for excerpts.

const PREFIX = "z";
const SPACE_MARK = "`";
const LETTERS = "abcdefghijklmnop";
const CHARACTERS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3";
const RUNS = new RegExp(`[${CHARACTERS}]+|[^\\s${CHARACTERS}]+|\\s+`, "g");
const CHARACTER = new RegExp(`^[${CHARACTERS}]`);
const HANGUL_WORD_END = /([\uac00-\ud7a3]+)$/;

// Korean particles (and the plural 들) a reader may type after a noun, longest first.
const PARTICLES = [
  "에서는", "에서도", "으로는", "으로도", "에게서", "까지는", "부터는",
  "에서", "에게", "으로", "까지", "부터", "보다", "처럼", "과의", "와의", "에는", "에도",
  "의", "에", "을", "를", "이", "가", "은", "는", "과", "와", "로", "도", "만", "들",
].sort((a, b) => b.length - a.length);

export function characterCode(text) {
  let code = "";
  for (const ch of text) {
    const point = ch.codePointAt(0);
    for (const shift of [12, 8, 4, 0]) code += LETTERS[(point >> shift) & 15];
  }
  return code;
}

/** The search tokens of `text`, as the index has them (a space is a mark on the token before). */
export function indexTokens(text) {
  const tokens = [];
  for (const [run] of text.replaceAll(SPACE_MARK, "'").matchAll(RUNS)) {
    if (/^\s+$/.test(run)) {
      if (tokens.length && !tokens[tokens.length - 1].endsWith(SPACE_MARK)) {
        tokens[tokens.length - 1] += SPACE_MARK;
      }
    } else if (CHARACTER.test(run)) {
      const chars = [...run];
      chars.forEach((_, i) => tokens.push(PREFIX + characterCode(chars.slice(i, i + 2).join(""))));
    } else {
      tokens.push(run);
    }
  }
  return tokens;
}

function isCharacterToken(word) {
  return CHARACTER_TOKEN.test(word);
}

// A character token as stored in Pagefind's fragment, where Pagefind ends each block
// (heading, paragraph) with a "." glued to its last word. A full stop of the text
// itself is a token of its own, so a glued one is always Pagefind's and is dropped.
const CHARACTER_TOKEN = /^z[a-p]{4}(?:[a-p]{4})?$/;
const STORED_CHARACTER_TOKEN = /^z([a-p]{4})(?:[a-p]{4})?\.?$/;

/** The text back from indexed tokens (Pagefind's fragment `content`). */
export function readIndexText(indexed) {
  let text = "";
  for (const token of indexed.split(/\s+/)) {
    if (!token) continue;
    const spaced = token.endsWith(SPACE_MARK);
    let word = spaced ? token.slice(0, -1) : token;
    const character = word.match(STORED_CHARACTER_TOKEN);
    if (character) {
      const hex = [...character[1]].map((c) => LETTERS.indexOf(c).toString(16)).join("");
      word = String.fromCodePoint(parseInt(hex, 16));
    }
    text += word + (spaced ? " " : "");
  }
  return text.trim();
}

/** The noun of a Korean query typed with a particle (지식재산권의 → 지식재산권), or null. */
export function koreanStem(query) {
  let stem = query.trim();
  for (let round = 0; round < 2; round++) {
    const word = stem.match(HANGUL_WORD_END);
    if (!word) break;
    const particle = PARTICLES.find((p) => word[1].endsWith(p) && word[1].length - p.length >= 2);
    if (!particle) break;
    stem = stem.slice(0, stem.length - particle.length);
  }
  return stem === query.trim() ? null : stem;
}

// A lone character's token: the last character of a run (a bigram is twice as long).
const LONE_CHARACTER_TOKEN = /^z[a-p]{4}$/;

/**
 * How Pagefind is asked for `term`, or null if it has no tokens. A lone character
 * is a prefix search (it finds the bigrams it starts), and so is a Latin word, as
 * Pagefind does. Anything else is the exact phrase of its tokens, which Pagefind
 * finds only at consecutive positions. (Pagefind's plain search falls back to a
 * shorter word when no word starts with the query: a two-character word that no
 * text has would find its first character. The exact search has no fallback.)
 * The text may go on after the query's last character, so the query's last lone
 * character token is left out of a phrase.
 */
export function pagefindQuery(term) {
  const tokens = indexTokens(term.trim()).map((t) => t.replace(SPACE_MARK, ""));
  if (tokens.length > 1 && LONE_CHARACTER_TOKEN.test(tokens[tokens.length - 1])) tokens.pop();
  if (tokens.length === 0) return null;
  const [only] = tokens;
  if (tokens.length === 1 && (!isCharacterToken(only) || LONE_CHARACTER_TOKEN.test(only))) {
    return only;
  }
  return `"${tokens.join(" ")}"`;
}
