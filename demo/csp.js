// Loaded first (a classic script) by csp.html: counts every Content-Security-Policy violation
// from the start, in `window.violations` for the tests and in the page's status line for people.
window.violations = [];

document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
  const count = document.getElementById('violation-count');
  if (count) count.textContent = String(window.violations.length);
});

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('violation-count').textContent = String(window.violations.length);
  document.getElementById('print').addEventListener('click', () => window.print());
});
