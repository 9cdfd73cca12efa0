// The ESLint rule that keeps imports pointing down the data flow (eslint.config.mjs, FLOW): it
// must fail on an upward import, or the layering it promises is only a comment.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The messages of the import rule for `code` as if it were the file at `filePath`. */
async function importErrors(code, filePath) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

const UPWARD = [
  ['src/model/probe.ts', "import { renderAxis } from '../view/axis.js';"],
  ['src/model/probe.ts', "import { SceneDeriver } from '../state/scene.js';"],
  ['src/model/probe.ts', "import { html } from 'lit';"],
  ['src/layout/probe.ts', "import { select } from '../state/transitions.js';"],
  ['src/layout/probe.ts', "import { SrcController } from '../controllers/src-controller.js';"],
  ['src/state/probe.ts', "import { renderTimeline } from '../view/timeline.js';"],
  ['src/state/probe.ts', "import { FocusController } from '../controllers/focus-controller.js';"],
  ['src/view/probe.ts', "import { KeyboardController } from '../controllers/keyboard-controller.js';"],
  ['src/controllers/probe.ts', "import { renderControls } from '../view/controls.js';"],
];

for (const [filePath, line] of UPWARD) {
  test(`lint refuses ${line} in ${filePath}`, async () => {
    const errors = await importErrors(`${line}\nexport const used = [${/import \{ (\w+) \}/.exec(line)[1]}];\n`, filePath);
    assert.equal(errors.length, 1, `expected one import error, got: ${JSON.stringify(errors)}`);
    assert.match(errors[0], /Imports point down the data flow/);
  });
}

const DOWNWARD = [
  ['src/layout/probe.ts', "import { parseDate } from '../model/dates.js';"],
  ['src/state/probe.ts', "import { clampWindow } from '../layout/window.js';"],
  ['src/view/probe.ts', "import { select } from '../state/transitions.js';"],
  ['src/controllers/probe.ts', "import { zoomBy } from '../state/transitions.js';"],
];

for (const [filePath, line] of DOWNWARD) {
  test(`lint allows ${line} in ${filePath}`, async () => {
    const errors = await importErrors(`${line}\nexport const used = [${/import \{ (\w+) \}/.exec(line)[1]}];\n`, filePath);
    assert.deepEqual(errors, []);
  });
}
