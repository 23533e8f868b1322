/** The httpOnly cookie that carries the session token. */
export const SESSION_COOKIE = "tekser_session";
