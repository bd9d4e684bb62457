// The quick-add line: one line of text becomes a task. `#word` adds a tag and `!high`, `!medium` or `!low`
// sets the priority, anywhere in the line; the rest, spaces tidied, is the title.

const PRIORITY = /^!(high|medium|low)$/i;
const TAG = /^#(\S+)$/;

/** The request body for a typed line: `{title, priority, tags}` (title empty if only marks were typed). */
export function parseQuickAdd(line) {
  const words = [];
  const tags = [];
  let priority = null;
  for (const word of line.trim().split(/\s+/).filter(Boolean)) {
    const tag = TAG.exec(word);
    const level = PRIORITY.exec(word);
    if (tag) tags.push(tag[1]);
    else if (level) priority = level[1].toLowerCase();
    else words.push(word);
  }
  return { title: words.join(' '), priority, tags };
}
