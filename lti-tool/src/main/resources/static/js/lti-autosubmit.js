// Posts the Deep Linking response to the platform as soon as the page is ready; the visible
// button does the same for browsers without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form[data-autosubmit]');
  if (form) {
    form.submit();
  }
});
