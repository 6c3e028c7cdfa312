// Demo platform: submit LTI message forms at once, as Moodle's auto-posting pages do.
// Without JavaScript the form's visible button does the same.
document.querySelectorAll('form[data-autosubmit]').forEach(function (form) {
  form.submit();
});
