// Item editor: refresh the preview a moment after the author stops typing, as the Preview
// button does (that button stays for browsers without JavaScript). The form is posted as it
// is, CSRF token included, to the preview address; only the preview region is replaced, and a
// short polite message tells screen reader users that it changed.
(function () {
  var form = document.querySelector('form[data-live-preview]');
  var status = document.getElementById('preview-status');
  if (!form || !window.fetch || !window.FormData || !window.DOMParser) {
    return;
  }
  var pause = 700;
  var timer = null;
  var sent = 0;

  function refresh() {
    var request = ++sent;
    fetch(form.getAttribute('data-live-preview'), {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { 'HX-Request': 'true' },
      credentials: 'same-origin'
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html === null || request !== sent) {
        return; // a later refresh is on its way, or the server refused: keep what is shown
      }
      var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('preview');
      var current = document.getElementById('preview');
      if (fresh && current) {
        current.replaceChildren.apply(current, Array.prototype.slice.call(fresh.childNodes));
        if (status) {
          status.textContent = '';
          status.textContent = status.getAttribute('data-updated');
        }
      }
    }).catch(function () {
      // offline or slow: the Preview button still works
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(refresh, pause);
  }

  form.addEventListener('input', later);
  form.addEventListener('change', later);
})();
