/* CobBot web chat: renders Web Chat (window.WebChat from lib/webchat.js) into an element.
 * Script attributes: data-token-url (default: api/directline/token next to this script), data-target (element id,
 * default "webchat"), data-locale (default "en-US"), data-allow-upload ("true" shows the attachment button).
 * The token endpoint answers {token, conversationId, expires_in, domain?}; without "domain" Web Chat talks to
 * Azure's Direct Line. The session is kept in sessionStorage so a reload resumes the same conversation. */
(function () {
  'use strict';
  var script = document.currentScript;
  var data = script.dataset;
  var tokenUrl = data.tokenUrl || new URL('api/directline/token', new URL('.', script.src)).href;
  var storageKey = 'cobbot.webchat:' + tokenUrl;
  var azureDomain = 'https://directline.botframework.com/v3/directline';

  var styleOptions = {
    accent: '#0e8a8a',
    primaryFont: '"Segoe UI", system-ui, -apple-system, sans-serif',
    botAvatarInitials: 'COB',
    botAvatarBackgroundColor: '#0f3d6e',
    userAvatarInitials: 'You',
    userAvatarBackgroundColor: '#0e8a8a',
    bubbleBorderRadius: 10,
    bubbleFromUserBorderRadius: 10,
    bubbleBackground: '#eef3f8',
    bubbleBorderColor: '#d5dde6',
    bubbleFromUserBackground: '#0f3d6e',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderColor: '#0f3d6e',
    sendBoxButtonColor: '#0e8a8a',
    suggestedActionBorderColor: '#0e8a8a',
    suggestedActionTextColor: '#0f3d6e',
    hideUploadButton: data.allowUpload !== 'true',
    adaptiveCardsParserMaxVersion: '1.5',
    typingAnimationDuration: 3000
  };

  function load() {
    try { return JSON.parse(sessionStorage.getItem(storageKey)); } catch (e) { return null; }
  }

  function save(session) {
    try { sessionStorage.setItem(storageKey, JSON.stringify(session)); } catch (e) { /* private mode: no resume */ }
  }

  function postJson(url, bearer) {
    var headers = bearer ? { Authorization: 'Bearer ' + bearer } : {};
    return fetch(url, { method: 'POST', headers: headers }).then(function (response) {
      if (!response.ok) throw new Error(url + ' answered ' + response.status);
      return response.json();
    });
  }

  function fromAnswer(answer, domain) {
    return { token: answer.token, domain: domain, expiresAt: Date.now() + answer.expires_in * 1000 };
  }

  // Resume the tab's conversation while its token is alive; otherwise start a new one.
  function session() {
    var saved = load();
    var fresh = function () {
      return postJson(tokenUrl).then(function (answer) { return fromAnswer(answer, answer.domain || null); });
    };
    if (!saved || !saved.token || saved.expiresAt < Date.now() + 60000) return fresh();
    return postJson((saved.domain || azureDomain) + '/tokens/refresh', saved.token)
      .then(function (answer) { return fromAnswer(answer, saved.domain); }, fresh);
  }

  session().then(function (current) {
    save(current);
    var options = { token: current.token };
    if (current.domain) options.domain = current.domain;
    var directLine = window.WebChat.createDirectLine(options);
    // Direct Line refreshes its token every 15 minutes (for another 30); keep the latest for a reload.
    var keep = function () {
      if (directLine.token && directLine.token !== current.token) {
        current = { token: directLine.token, domain: current.domain, expiresAt: Date.now() + 30 * 60000 };
        save(current);
      }
    };
    setInterval(keep, 60000);
    window.addEventListener('pagehide', keep);
    window.WebChat.renderWebChat(
      { directLine: directLine, styleOptions: styleOptions, locale: data.locale || 'en-US' },
      document.getElementById(data.target || 'webchat'));
  }).catch(function (error) {
    var target = document.getElementById(data.target || 'webchat');
    target.textContent = 'The chat is not available right now. Please call (929) 229-7209.';
    if (window.console) console.error('CobBot web chat:', error);
  });
})();
