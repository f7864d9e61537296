// How nodemailer connects to SMTP_URL. A plain smtp:// URL lets nodemailer use STARTTLS only when the server
// offers it, so anyone on the path could strip the offer and read every sign-in link in clear (a downgrade).
// We therefore require STARTTLS, except where the mail never leaves the machine or the operator says so.

export interface SmtpTransportOptions {
  url: string;
  /** Refuse to send unless the connection is upgraded with STARTTLS. */
  requireTLS: boolean;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * The transport options for SMTP_URL. smtps:// is TLS from the first byte already; a relay on this machine
 * (localhost, 127.0.0.1, ::1) is never on a network; SMTP_ALLOW_PLAINTEXT=true is for a trusted local relay
 * reached by another name (a container sidecar). Everything else must upgrade with STARTTLS or fail.
 */
export function smtpTransportOptions(
  smtpUrl: string,
  env: Partial<NodeJS.ProcessEnv> = process.env,
): SmtpTransportOptions {
  const url = new URL(smtpUrl);
  const implicitTls = url.protocol === "smtps:";
  const local = LOCAL_HOSTS.has(url.hostname.toLowerCase());
  const allowPlaintext = env.SMTP_ALLOW_PLAINTEXT === "true";
  return { url: smtpUrl, requireTLS: !implicitTls && !local && !allowPlaintext };
}
