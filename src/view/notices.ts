import { html, nothing, type TemplateResult } from 'lit';
import { problemCount } from '../model/normalize.js';
import type { NormalizedData, Problem } from '../model/types.js';
import type { FailureStage } from '../state/load-state.js';
import { fill, formatNumber, plural, type TimelineStrings } from '../strings.js';
import { groupProblems } from './problem-groups.js';

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
  // Grouped by kind and bounded: 10,000 problems of one kind are one line and its first few, not 10,000 lines.
  const { groups, rest } = groupProblems(problems);
  const line = (problem: Problem) => html`<li>${describeProblem(problem, strings, locale)}</li>`;
  const more = (n: number) => (n > 0 ? html`<li class="notice-more">${plural(strings.more, n, locale)}</li>` : nothing);
  return html`<details part="notice" class="notice ${errors > 0 ? 'notice--error' : ''}">
    <summary>${summary}</summary>
    <ul>
      ${groups.map((group) =>
        group.count === 1
          ? line(group.first[0]!)
          : html`<li>
              ${group.message} (${plural(strings.itemCount, group.count, locale)})
              <ul>
                ${group.first.map(line)} ${more(group.count - group.first.length)}
              </ul>
            </li>`,
      )}
      ${more(rest)}
    </ul>
  </details>`;
}

/**
 * One line of the list: the item (by id, else by its index in the locale's digits) and the
 * message, which stays English; each isolated, so a right-to-left id cannot turn the message
 * around. A problem of the file itself (its categories) names no item.
 */
function describeProblem(problem: Problem, strings: TimelineStrings, locale?: string): TemplateResult {
  if (problem.field?.startsWith('categories.')) return html`<bdi>${problem.message}</bdi>`;
  const where = problem.id ? `${problem.id}` : fill(strings.item, { n: formatNumber(problem.index, locale) });
  return html`<bdi>${where}</bdi>: <bdi>${problem.message}</bdi>`;
}

/** The polite empty state: a visible sentence, never a blank box. */
export function renderEmpty(strings: TimelineStrings): TemplateResult {
  return html`<p class="empty" role="status">${strings.noEvents}</p>`;
}

/** Shown while `src` loads. */
export function renderLoading(strings: TimelineStrings): TemplateResult {
  return html`<p class="status" role="status" aria-busy="true">${strings.loading}</p>`;
}

/** What the notice of a failed load needs to know: see `SrcState`. */
export interface LoadFailure {
  url: string;
  stage: FailureStage;
  reason: string;
}

/**
 * Each file of `src` that failed, with its Retry; nothing when none did. Beside the events of the
 * files that loaded, or alone when none did.
 */
export function renderLoadErrors(failures: readonly LoadFailure[], strings: TimelineStrings, retry: () => void): TemplateResult | typeof nothing {
  return failures.length ? html`${failures.map((failure) => renderLoadError(failure, strings, retry))}` : nothing;
}

/**
 * A failed load: what went wrong, in the element's language, and a way to try again. The reason
 * is an HTTP status or the parser's message (English, like problem messages); a network failure
 * has its own text.
 */
export function renderLoadError(failure: LoadFailure, strings: TimelineStrings, retry: () => void): TemplateResult {
  const text = failure.stage === 'parse' ? strings.readFailed : strings.loadFailed;
  const reason = failure.stage === 'network' ? strings.networkFailed : failure.reason;
  return html`<div part="notice" class="notice notice--error load-error" role="alert">
    <span>${fill(text, { url: failure.url, reason })}</span>
    <button part="retry" class="retry" type="button" @click=${retry}>${strings.retry}</button>
  </div>`;
}
