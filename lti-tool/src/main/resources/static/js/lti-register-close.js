// LTI Dynamic Registration §3.6.1: tells the platform page that framed the registration that it is over.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('close-registration');
  if (!button) {
    return;
  }
  button.addEventListener('click', function () {
    (window.opener || window.parent).postMessage({subject: 'org.imsglobal.lti.close'}, '*');
  });
});
