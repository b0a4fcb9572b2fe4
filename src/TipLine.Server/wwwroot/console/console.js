// Live console: when the server says something changed, the queue and the open tip's transcript are fetched again.
'use strict';

(function () {
  var live = document.querySelectorAll('[data-live]');
  if (!live.length || !window.EventSource) return;

  function refresh() {
    live.forEach(function (element) {
      fetch(element.getAttribute('data-live'), { credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) { if (html !== null) element.innerHTML = html; });
    });
  }

  var events = new EventSource('/console/events');
  events.addEventListener('changed', refresh);
})();
