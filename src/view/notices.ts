import { html, nothing, type TemplateResult } from 'lit';
import { problemCount } from '../model/normalize.js';
import type { NormalizedData, Problem } from '../model/types.js';
import { plural, type TimelineStrings } from '../strings.js';

/**
 * A small, non-blocking notice of what was not drawn (or drawn with a warning), expandable to the
 * full list. When the whole input was unreadable it says so with the reason, openly.
 */
export function renderProblems(data: NormalizedData, strings: TimelineStrings, locale?: string): TemplateResult | typeof nothing {
  const { problems } = data;
  if (problems.length === 0) return nothing;
  const unreadable = data.events.length === 0 && problems.length === 1 && problems[0]!.field === 'events';
  if (unreadable) {
    return html`<div part="notice" class="notice notice--error" role="alert">
      <strong>${strings.unreadable}:</strong> ${problems[0]!.message}
    </div>`;
  }
  const errors = problemCount(problems);
  const warned = new Set(problems.filter((p) => p.severity === 'warning').map((p) => p.index)).size;
  const summary = errors > 0 ? plural(strings.notShown, errors, locale) : plural(strings.warnings, warned, locale);
  return html`<details part="notice" class="notice ${errors > 0 ? 'notice--error' : ''}">
    <summary>${summary}</summary>
    <ul>
      ${problems.map((problem) => html`<li>${describeProblem(problem, strings)}</li>`)}
    </ul>
  </details>`;
}

function describeProblem(problem: Problem, strings: TimelineStrings): string {
  const where = problem.id ? `${problem.id}` : strings.item.replace('{n}', String(problem.index));
  return `${where}: ${problem.message}`;
}

/** The polite empty state: a visible sentence, never a blank box. */
export function renderEmpty(strings: TimelineStrings): TemplateResult {
  return html`<p class="empty" role="status">${strings.noEvents}</p>`;
}

/** Shown while `src` loads. */
export function renderLoading(strings: TimelineStrings): TemplateResult {
  return html`<p class="status" role="status" aria-busy="true">${strings.loading}</p>`;
}

/** A failed load: what went wrong, and a way to try again. */
export function renderLoadError(message: string, strings: TimelineStrings, retry: () => void): TemplateResult {
  return html`<div part="notice" class="notice notice--error load-error" role="alert">
    <span>${message}</span>
    <button part="retry" class="retry" type="button" @click=${retry}>${strings.retry}</button>
  </div>`;
}
