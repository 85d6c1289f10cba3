"""Schemathesis hooks for scripts/schemathesis.sh (SCHEMATHESIS_HOOKS).

`POST /api/v1/inbound/email` takes a raw RFC 5322 message
(`message/rfc822`), a media type schemathesis has no serializer for: the
generated text goes on the wire as it is.
"""

import schemathesis


@schemathesis.serializer("message/rfc822")
def rfc822(ctx, value):
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8")
