/** Cookie and header names shared by the API and the web client. */
export const SESSION_COOKIE = 'scr_session';
export const CSRF_COOKIE = 'scr_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const REQUEST_ID_HEADER = 'x-request-id';
