// Logs what each timeline's load and error events carry into the <output> beside it.
// This script runs before ../dist/sanctions-timeline.bundle.js defines the element (see inputs.html), so no event is missed.
// Everything is written with textContent: the details hold file contents, never to be read as HTML.

const TYPES = ['sanctions-timeline-load', 'sanctions-timeline-error'];

for (const output of document.querySelectorAll('output[data-log-for]')) {
  const timeline = document.getElementById(output.dataset.logFor);
  if (!timeline) continue;
  for (const type of TYPES) {
    timeline.addEventListener(type, (event) => append(output, describe(type, event.detail)));
  }
}

/** One entry: the event name and its detail; a load's problems one per line. */
function describe(type, detail) {
  if (type !== 'sanctions-timeline-load') return `${type} ${JSON.stringify(detail)}`;
  const { count, problems } = detail;
  const lines = [`${type} count: ${count}, problems: ${problems.length}`];
  for (const problem of problems) lines.push(`  ${JSON.stringify(problem)}`);
  return lines.join('\n');
}

function append(output, text) {
  output.textContent = output.textContent ? `${output.textContent}\n${text}` : text;
}
