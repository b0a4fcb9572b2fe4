// Whole conversations through Microsoft's own Direct Line client (botframework-directlinejs, the client inside
// Web Chat) against TipLine's self-hosted Direct Line 3.0, over WebSocket and over polling.
// Run by the end-to-end tests with TIPLINE_URL (a running server) and TIPLINE_DIRECTLINE_SECRET.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const base = process.env.TIPLINE_URL;
const secret = process.env.TIPLINE_DIRECTLINE_SECRET;
const domain = `${base}/v3/directline`;
const user = { id: 'visitor-1', role: 'user' };

async function pageToken() {
  const response = await fetch(`${base}/webchat/token`, { method: 'POST' });
  assert.equal(response.status, 200);
  return response.json();
}

/** Collects the activities a client sees and lets a test wait for the next bot reply. */
function watch(client) {
  const seen = [];
  const waiters = [];
  const subscription = client.activity$.subscribe(activity => {
    seen.push(activity);
    for (const waiter of [...waiters]) {
      if (waiter.match(activity)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(activity);
      }
    }
  });
  return {
    seen,
    next(match, what) {
      const found = seen.find(a => match(a) && !a.__taken);
      if (found) { found.__taken = true; return Promise.resolve(found); }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 20000);
        waiters.push({ match: a => match(a) && !a.__taken, resolve: a => { a.__taken = true; clearTimeout(timer); resolve(a); } });
      });
    },
    botReply() { return this.next(a => a.from && a.from.role === 'bot' && a.type === 'message', 'a bot reply'); },
    stop() { subscription.unsubscribe(); }
  };
}

function post(client, activity) {
  return new Promise((resolve, reject) => client.postActivity({ from: user, ...activity }).subscribe(resolve, reject));
}

async function conversation(webSocket) {
  const { token } = await pageToken();
  const client = new DirectLine({ domain, token, webSocket, pollingInterval: 500 });
  const activities = watch(client);
  try {
    const id = await post(client, { type: 'message', text: 'A girl of about 15 is kept in the back room of the nail salon on Main Street', channelData: { clientActivityID: 'c-1' } });
    assert.match(id, /\|0*1$/, 'the first activity of a conversation is number 1');

    // The visitor's own message comes back (Web Chat shows it as sent), then the bot's question.
    const echo = await activities.next(a => a.channelData && a.channelData.clientActivityID === 'c-1', 'the echo of our message');
    assert.equal(echo.id, id);
    assert.equal(echo.from.role, 'user');
    const question = await activities.botReply();
    assert.match(question.text, /Thank you for writing/);
    assert.match(question.text, /\n1 /, 'a choice is offered as a numbered list');

    await post(client, { type: 'message', text: '1' });
    const next = await activities.botReply();
    // The stream is open by now (the first reply came through it): the second turn shows typing first.
    if (webSocket) assert.ok(activities.seen.some(a => a.type === 'typing' && a.from.role === 'bot'), 'the bot shows it is typing while the turn runs');
    assert.ok(next.text.length > 0);
    assert.notEqual(next.text, question.text, 'the conversation moved on');
    assert.ok(Number(next.id.split('|')[1]) > Number(question.id.split('|')[1]), 'activities are numbered in order');
  } finally {
    activities.stop();
    client.end();
  }
}

test('a conversation over the WebSocket stream', () => conversation(true));

test('a conversation by polling', () => conversation(false));

test('a trusted issuer mints a token with the secret; the token starts that conversation and can be refreshed', async () => {
  const generated = await fetch(`${domain}/tokens/generate`, { method: 'POST', headers: { Authorization: `Bearer ${secret}` } });
  assert.equal(generated.status, 200);
  const { conversationId, token, expires_in } = await generated.json();
  assert.ok(expires_in > 0);

  const refreshed = await fetch(`${domain}/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  assert.equal(refreshed.status, 200);
  const renewed = await refreshed.json();
  assert.equal(renewed.conversationId, conversationId);

  const client = new DirectLine({ domain, token: renewed.token, webSocket: true });
  const activities = watch(client);
  try {
    await post(client, { type: 'message', text: 'hello' });
    await activities.botReply();
    assert.equal(client.conversationId, conversationId);
  } finally {
    activities.stop();
    client.end();
  }

  const withoutSecret = await fetch(`${domain}/tokens/generate`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  assert.equal(withoutSecret.status, 403, 'a conversation token cannot mint tokens');
});

test("a token opens its own conversation only: another's is refused with 403", async () => {
  const mine = await pageToken();
  const theirs = await pageToken();
  const headers = { Authorization: `Bearer ${mine.token}`, 'Content-Type': 'application/json' };
  const read = await fetch(`${domain}/conversations/${theirs.conversationId}/activities`, { headers });
  assert.equal(read.status, 403);
  const write = await fetch(`${domain}/conversations/${theirs.conversationId}/activities`, {
    method: 'POST', headers, body: JSON.stringify({ type: 'message', from: user, text: 'hi' })
  });
  assert.equal(write.status, 403);
  const reconnect = await fetch(`${domain}/conversations/${theirs.conversationId}`, { headers });
  assert.equal(reconnect.status, 403);
  const forged = await fetch(`${domain}/conversations/${mine.conversationId}/activities`, { headers: { Authorization: `Bearer ${mine.token.slice(0, -4)}AAAA` } });
  assert.equal(forged.status, 403);
});

test('an idle stream gets empty keep-alive messages', async () => {
  const response = await fetch(`${domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${secret}` } });
  assert.equal(response.status, 201);
  const { streamUrl } = await response.json();
  const socket = new WebSocket(streamUrl);
  const first = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no keep-alive within 5 s')), 5000);
    socket.on('message', data => { clearTimeout(timer); resolve(String(data)); });
    socket.on('error', reject);
  });
  socket.close();
  assert.equal(first, '', 'an idle stream sends an empty message, which clients ignore');
});

test('a stream URL opens only its own conversation', async () => {
  const mine = await (await fetch(`${domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${secret}` } })).json();
  const theirs = await pageToken();
  const forged = mine.streamUrl.replace(mine.conversationId, theirs.conversationId);
  const refused = await new Promise(resolve => {
    const socket = new WebSocket(forged);
    socket.on('unexpected-response', (req, res) => { resolve(res.statusCode); req.destroy(); res.destroy(); });
    socket.on('open', () => { socket.close(); resolve(101); });
    socket.on('error', () => {});
  });
  assert.equal(refused, 403);
});

test('a client reconnects with its watermark and gets only what it has not seen', async () => {
  const { token, conversationId } = await pageToken();
  const first = new DirectLine({ domain, token, webSocket: true });
  const activities = watch(first);
  let watermark;
  try {
    await post(first, { type: 'message', text: 'hello' });
    const reply = await activities.botReply();
    watermark = reply.id.split('|')[1];
  } finally {
    activities.stop();
    first.end();
  }

  // While nobody listens, the visitor writes again (another tab, or a dropped connection).
  const sent = await fetch(`${domain}/conversations/${conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', from: user, text: 'there are men guarding the door of the house' })
  });
  assert.equal(sent.status, 200);

  const again = new DirectLine({ domain, token, conversationId, watermark, webSocket: true });
  const resumed = watch(again);
  try {
    const reply = await resumed.botReply();
    assert.ok(Number(reply.id.split('|')[1]) > Number(watermark));
    assert.ok(resumed.seen.every(a => Number(a.id.split('|')[1]) > Number(watermark)), 'nothing before the watermark is sent again');
    assert.equal(again.connectionStatus$.getValue(), ConnectionStatus.Online);
  } finally {
    resumed.stop();
    again.end();
  }
});
