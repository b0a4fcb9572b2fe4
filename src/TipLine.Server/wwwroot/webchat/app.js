// The discreet web chat page: Microsoft's Web Chat against our own Direct Line, and a way out at once.
// Nothing is written to cookies or storage; leaving replaces this page in the history (Back does not return)
// and ends the conversation on the server, which wipes it.
'use strict';

(function () {
  var exitUrl = document.body.getAttribute('data-exit-url') || 'about:blank';
  var token = null;
  var leaving = false;

  function leave() {
    if (leaving) return;
    leaving = true;
    try {
      if (token) navigator.sendBeacon('/webchat/exit', new Blob([token], { type: 'text/plain' }));
    } catch (e) { /* leaving matters more than telling the server */ }
    document.title = '';
    document.body.textContent = '';
    window.location.replace(exitUrl);
  }

  // Escape, or Shift pressed three times in a row (within three seconds, as people press it in a hurry), leaves from
  // anywhere. Any other key in between starts the count again, so typing capital letters never leaves by accident.
  var shifts = [];
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      leave();
    } else if (event.key === 'Shift' && !event.repeat) {
      var now = Date.now();
      shifts = shifts.filter(function (t) { return now - t < 3000; });
      shifts.push(now);
      if (shifts.length >= 3) leave();
    } else if (event.key !== 'Shift') {
      shifts = [];
    }
  }, true);
  document.getElementById('exit').addEventListener('click', leave);

  // Web Chat's own UI strings by locale; languages it lacks fall back to English there (our words still show).
  var webChatLocales = { en: 'en-US', es: 'es-ES', pt: 'pt-BR', fr: 'fr-FR', zh: 'zh-HANS', vi: 'vi-VN', ko: 'ko-KR', ru: 'ru-RU', ar: 'ar-EG', tl: 'en-US', ht: 'fr-FR' };

  function pickLanguage(codes) {
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).toLowerCase().split('-')[0];
      if (code === 'fil') code = 'tl';
      if (codes.indexOf(code) >= 0) return code;
    }
    return codes[0];
  }

  function post(url) {
    return fetch(url, { method: 'POST', credentials: 'omit', cache: 'no-store' }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  fetch('/webchat/config', { credentials: 'omit', cache: 'no-store' })
    .then(function (response) { return response.json(); })
    .then(function (config) {
      var codes = config.languages.map(function (l) { return l.code; });
      var select = document.getElementById('language');
      config.languages.forEach(function (l) {
        var option = document.createElement('option');
        option.value = l.code;
        option.textContent = l.name;
        option.lang = l.code;
        select.appendChild(option);
      });
      var language = pickLanguage(codes);

      return post('/webchat/token').then(function (issued) {
        token = issued.token;
        var directLine = window.WebChat.createDirectLine({ domain: location.origin + '/v3/directline', token: token, webSocket: true });
        var store = window.WebChat.createStore({}, function (api) {
          return function (next) {
            return function (action) {
              if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
                api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'tipline/hello', value: language } });
              }
              return next(action);
            };
          };
        });

        function show(code) {
          var words = config.strings[code];
          var rtl = config.rightToLeft.indexOf(code) >= 0;
          document.documentElement.lang = code;
          document.documentElement.dir = rtl ? 'rtl' : 'ltr';
          document.getElementById('exit').textContent = words.exit;
          document.getElementById('hint').textContent = words.hint;
          document.getElementById('language-label').textContent = words.language;
          select.value = code;
          window.WebChat.renderWebChat({
            directLine: directLine,
            store: store,
            locale: webChatLocales[code] || 'en-US',
            dir: rtl ? 'rtl' : 'ltr',
            styleOptions: { hideUploadButton: true, rootHeight: '100%' }
          }, document.getElementById('chat'));
        }

        select.addEventListener('change', function () {
          language = select.value;
          show(language);
          store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'tipline/language', value: language } });
        });
        show(language);
      });
    })
    .catch(function () {
      document.getElementById('chat').textContent = 'Sorry, the chat could not start. Please try again later.';
    });
})();
