// The label file: the bundled sets, and faults named by file, line and column.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { positionOf } from '../../src/input/json.js';
import { LABELS_FILE, parseLabels } from '../../src/language/labels.js';

const bundledPath = new URL(`../../corpus/${LABELS_FILE}`, import.meta.url);

function faultOf(text: string): string {
  try {
    parseLabels(text, 'corpus/labels.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error('expected a fault');
}

describe('parseLabels', () => {
  it('reads the bundled label sets: opposition, government side and event', () => {
    const labels = parseLabels(readFileSync(bundledPath, 'utf8'), 'corpus/labels.json');
    expect(labels.sets.map((s) => s.name)).toEqual(['opposition', 'government', 'event']);
    const opposition = labels.sets[0]?.labels.map((l) => l.label) ?? [];
    for (const label of ['rebels', 'insurgents', 'militants', 'terrorists', 'jihadists', 'opposition fighters', 'armed groups']) {
      expect(opposition).toContain(label);
    }
    const government = labels.sets[1]?.labels.map((l) => l.label) ?? [];
    for (const label of ['regime', 'government forces', "Assad's forces", 'Syrian army', 'loyalists', 'pro-government militias']) {
      expect(government).toContain(label);
    }
    const event = labels.sets[2]?.labels.map((l) => l.label) ?? [];
    for (const label of ['evacuation', 'liberation', 'fall', 'withdrawal', 'surrender']) expect(event).toContain(label);
  });

  it('accepts a label as a plain string and puts the label first among its variants', () => {
    const labels = parseLabels('{"sets": [{"name": "side", "labels": ["rebels", {"label": "militants", "variants": ["militant"]}]}]}', 'x.json');
    expect(labels.sets[0]).toEqual({
      name: 'side',
      description: null,
      labels: [
        { label: 'rebels', variants: ['rebels'] },
        { label: 'militants', variants: ['militants', 'militant'] },
      ],
    });
  });

  it('names the file, line and column of a JSON syntax error', () => {
    const message = faultOf('{\n  "sets": [\n    {"name": "side",, "labels": []}\n  ]\n}');
    expect(message).toMatch(/^corpus\/labels\.json: invalid JSON at line 3, column 21/);
  });

  it('names the line and column of a label that is not a string', () => {
    const text = '{\n  "sets": [\n    {\n      "name": "side",\n      "labels": ["rebels", 42]\n    }\n  ]\n}';
    expect(faultOf(text)).toBe('corpus/labels.json: line 5, column 28: sets[0].labels[1] must be a string');
  });

  it('names the line and column of a variant listed under two labels', () => {
    const text = [
      '{"sets": [',
      '  {"name": "a", "labels": [{"label": "rebels", "variants": ["rebel"]}]},',
      '  {"name": "b", "labels": [{"label": "fighters", "variants": ["fighter", "Rebel"]}]}',
      ']}',
    ].join('\n');
    expect(faultOf(text)).toBe('corpus/labels.json: line 3, column 74: sets[1].labels[0].variants[1] repeats "Rebel", already a variant of a/rebels');
  });

  it('rejects a set without a name, a repeated set name and a missing sets array', () => {
    expect(faultOf('{"sets": [{"labels": []}]}')).toMatch(/line 1, column 11: sets\[0\]\.name is required/);
    expect(faultOf('{"sets": [{"name": " ", "labels": []}]}')).toMatch(/line 1, column 20: sets\[0\]\.name must be a non-empty string/);
    expect(faultOf('{"sets": [{"name": "a", "labels": []}, {"name": "a", "labels": []}]}')).toMatch(/line 1, column 49: sets\[1\]\.name repeats/);
    expect(faultOf('{"labels": []}')).toMatch(/sets is required/);
    expect(faultOf('[]')).toMatch(/the top level must be an object/);
  });
});

describe('positionOf (the one JSON position locator)', () => {
  it('finds nested values past strings that contain brackets, quotes and commas', () => {
    const text = '{"a": "x]},\\"y", "b": [1, {"c": "}"}, [2, 3]], "d": {"e": true}}';
    expect(positionOf(text, ['d', 'e'])).toEqual({ line: 1, column: text.indexOf('true') + 1 });
    expect(positionOf(text, ['b', 2, 1])).toEqual({ line: 1, column: text.indexOf('3]') + 1 });
    expect(positionOf(text, ['b', 5])).toBeNull();
    expect(positionOf(text, ['z'])).toBeNull();
  });
});
