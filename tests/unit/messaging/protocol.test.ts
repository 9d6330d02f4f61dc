import { describe, expect, it } from 'vitest';
import { badgeCount, isLoadScriptRequest, isOwnSender, isStatusMessage, isStatusRequest, type ReplyStatus, type TabStatus } from '../../../lib/messaging/protocol';

const reply: ReplyStatus = {
  score: 60,
  steps: [
    { id: 'acknowledge', title: 'Acknowledge', tip: 'tip', done: true, required: true },
    { id: 'empathy', title: 'Empathy', tip: 'tip', done: false, required: true },
    { id: 'apology', title: 'Apology', tip: 'tip', done: false, required: false },
  ],
  problems: [
    { category: 'blame', count: 2 },
    { category: 'shouting', count: 1 },
  ],
};
const status: TabStatus = { host: 'acme.zendesk.com', coaching: true, reply };

describe('status messages', () => {
  it('accepts a well-formed status, with or without a reply', () => {
    expect(isStatusMessage({ type: 'defuse/status', status })).toBe(true);
    expect(isStatusMessage({ type: 'defuse/status', status: { ...status, reply: null } })).toBe(true);
    expect(isStatusRequest({ type: 'defuse/get-status' })).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'defuse/status'],
    ['another type', { type: 'defuse/other', status }],
    ['no status', { type: 'defuse/status' }],
    ['a score over 100', { type: 'defuse/status', status: { ...status, reply: { ...reply, score: 101 } } }],
    ['an unknown step', { type: 'defuse/status', status: { ...status, reply: { ...reply, steps: [{ ...reply.steps[0], id: 'grovel' }] } } }],
    ['an unknown category', { type: 'defuse/status', status: { ...status, reply: { ...reply, problems: [{ category: 'rude', count: 1 }] } } }],
    ['a negative count', { type: 'defuse/status', status: { ...status, reply: { ...reply, problems: [{ category: 'blame', count: -1 }] } } }],
    ['a huge title', { type: 'defuse/status', status: { ...status, reply: { ...reply, steps: [{ ...reply.steps[0], title: 'x'.repeat(5000) }] } } }],
    ['a host that is not text', { type: 'defuse/status', status: { ...status, host: 42 } }],
  ])('rejects %s', (_what, message) => {
    expect(isStatusMessage(message)).toBe(false);
  });

  it('trusts only senders that are this extension', () => {
    expect(isOwnSender({ id: 'me' }, 'me')).toBe(true);
    expect(isOwnSender({ id: 'someone-else' }, 'me')).toBe(false);
    expect(isOwnSender({}, 'me')).toBe(false);
    expect(isOwnSender(undefined, 'me')).toBe(false);
  });
});

describe('requests to load a script', () => {
  it('accepts the scripts Defuse has', () => {
    expect(isLoadScriptRequest({ type: 'defuse/load-script', script: 'analyzer' })).toBe(true);
    expect(isLoadScriptRequest({ type: 'defuse/load-script', script: 'coach' })).toBe(true);
  });

  it.each([
    ['no script', { type: 'defuse/load-script' }],
    ['an unknown script', { type: 'defuse/load-script', script: 'evil' }],
    ['a path', { type: 'defuse/load-script', script: '/bootstrap.js' }],
    ['a name that is not text', { type: 'defuse/load-script', script: ['coach'] }],
    ['another type', { type: 'defuse/get-status', script: 'coach' }],
  ])('rejects %s', (_what, message) => {
    expect(isLoadScriptRequest(message)).toBe(false);
  });
});

describe('the toolbar badge count', () => {
  it('adds required steps still missing and tone problems', () => {
    expect(badgeCount(reply)).toBe('4');
  });

  it('is empty when all is well or no reply is written, and caps at 99+', () => {
    expect(badgeCount({ ...reply, steps: reply.steps.map((s) => ({ ...s, done: s.required })), problems: [] })).toBe('');
    expect(badgeCount(null)).toBe('');
    expect(badgeCount({ ...reply, problems: [{ category: 'blame', count: 150 }] })).toBe('99+');
  });
});
