import { describe, expect, it } from 'vitest';
import { COMMAND_KEYS, commandForKey, NOTHING_TO_DO, typesText, type KeyPress } from '../../../../renderer/app/command-keys';

const press = (code: string, mods: Partial<KeyPress> = {}): KeyPress => ({ code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
const commandFor = (key: KeyPress) => Object.entries(COMMAND_KEYS).filter(([, matches]) => matches(key)).map(([command]) => command);

describe('command keys', () => {
  it('maps Ctrl or Cmd with O, S and F to open, save and find', () => {
    expect(commandFor(press('KeyO', { ctrlKey: true }))).toEqual(['open-spec']);
    expect(commandFor(press('KeyS', { metaKey: true }))).toEqual(['save']);
    expect(commandFor(press('KeyF', { ctrlKey: true }))).toEqual(['find']);
  });

  it('takes Alt+T and Alt+W for tabs as well as Ctrl/Cmd, since Chromium keeps Ctrl+T and Ctrl+W', () => {
    expect(commandFor(press('KeyT', { altKey: true }))).toEqual(['new-tab']);
    expect(commandFor(press('KeyW', { altKey: true }))).toEqual(['close-tab']);
    expect(commandFor(press('KeyW', { metaKey: true }))).toEqual(['close-tab']);
  });

  it('ignores the keys alone, with Shift, or with other modifiers mixed in', () => {
    expect(commandFor(press('KeyS'))).toEqual([]);
    expect(commandFor(press('KeyS', { ctrlKey: true, shiftKey: true }))).toEqual([]);
    expect(commandFor(press('KeyT', { ctrlKey: true, altKey: true }))).toEqual([]);
  });
});

describe('commandForKey', () => {
  it('names the command of a key press, Send included, and nothing for other keys', () => {
    expect(commandForKey(press('KeyS', { ctrlKey: true }))).toBe('save');
    expect(commandForKey(press('Enter', { metaKey: true }))).toBe('send');
    expect(commandForKey(press('NumpadEnter', { ctrlKey: true }))).toBe('send');
    expect(commandForKey(press('Enter'))).toBeUndefined();
    expect(commandForKey(press('KeyP', { ctrlKey: true }))).toBeUndefined();
  });

  it('has a message saying what to do first for every command', () => {
    for (const command of Object.keys(COMMAND_KEYS) as (keyof typeof NOTHING_TO_DO)[]) expect(NOTHING_TO_DO[command]).toMatch(/open/i);
  });
});

describe('typesText', () => {
  const optionT: KeyPress = { ctrlKey: false, metaKey: false, altKey: true, shiftKey: false, code: 'KeyT' };
  it('leaves Option+letter to a text field on a Mac only; elsewhere Alt+T stays the new-tab shortcut, even in a field', () => {
    expect(typesText(optionT, true, true)).toBe(true);
    expect(typesText(optionT, true, false)).toBe(false);
    expect(typesText(optionT, false, true)).toBe(false);
    expect(typesText({ ...optionT, altKey: false, ctrlKey: true }, true, true)).toBe(false);
  });
});
