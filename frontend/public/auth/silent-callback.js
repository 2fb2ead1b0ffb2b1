// Silent sign-in answer (prompt=none in a hidden iframe): hand the URL to oidc-client-ts in the parent.
window.parent.postMessage({ source: 'oidc-client', url: window.location.href, keepOpen: false }, window.location.origin);
