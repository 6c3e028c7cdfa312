// Refreshes a region of the page in place every few seconds (no full reload): the invigilator's
// candidate table, the candidate's waiting status. The region names its source in data-live-src.
// A region the person is working in (focus inside, an open <details>) is left alone until they leave it.
// Once the refresh is refused, the page is loaded again so the person reads why.
(function () {
  'use strict';
  var regions = document.querySelectorAll('[data-live-src]');
  function busy(region) {
    return region.contains(document.activeElement) || region.querySelector('details[open]') !== null;
  }
  function refresh(region) {
    if (busy(region)) { return; }
    fetch(region.getAttribute('data-live-src'), { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        // no longer allowed (a new PIN was given, the session ended): show the page that says so
        if (response.status === 401 || response.status === 403) { window.location.reload(); return null; }
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null || busy(region)) { return; }
        var parsed = new DOMParser().parseFromString(html, 'text/html');
        var fresh = parsed.querySelector('[data-live-src]');
        if (fresh) { region.innerHTML = fresh.innerHTML; }
      })
      .catch(function () { /* offline for a moment: the next tick tries again */ });
  }
  Array.prototype.forEach.call(regions, function (region) {
    var every = parseInt(region.getAttribute('data-live-every') || '5', 10) * 1000;
    window.setInterval(function () { refresh(region); }, every);
  });
}());
