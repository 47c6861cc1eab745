// XML text for the emulator's awsQuery (Beanstalk) and S3 answers: markup escaped, and the control
// characters XML 1.0 cannot carry dropped, so an SDK parses every answer.
export function escapeXml(s: string): string {
  return s.replace(/[<>&'"\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => {
    switch (c) {
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '&':
        return '&amp;';
      case "'":
        return '&apos;';
      case '"':
        return '&quot;';
      default:
        return '';
    }
  });
}
