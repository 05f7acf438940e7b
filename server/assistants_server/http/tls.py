"""HTTPS for the server: a certificate the user gives (``--tls-cert``/``--tls-key``), or a local CA
and a loopback certificate made at start (``--tls-self-signed``).

    files = prepare(config)        # None for plain HTTP; raises TLSError with what is wrong
    uvicorn.Config(..., ssl_certfile=files.certfile, ssl_keyfile=files.keyfile)
    files.ca_path                  # the local CA's certificate (PEM), for SSL_CERT_FILE
    files.cleanup()                # at shutdown: the made key and certificate go

The made CA signs one certificate (SANs ``127.0.0.1``, ``localhost``, ``::1`` and a specific
``--host`` address) and is forgotten: its private key never leaves memory, so nothing can sign
with it later. The leaf's key is written ``0600`` into a ``0700`` temporary directory (uvicorn reads
paths) and removed with it. The CA's certificate goes to ``--tls-ca-out``, else ``tls-ca.pem`` in
the data directory (``--data-dir``, or ``PATH.files`` beside ``--db``), else a temporary directory
removed at shutdown. Each start makes a new CA: point ``SSL_CERT_FILE`` at the same path again.
"""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import os
import shutil
import ssl
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import ServerConfig
from ..storage.blobs import default_root

VALID_DAYS = 90
CA_FILE_NAME = "tls-ca.pem"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


class TLSError(ValueError):
    """The TLS settings cannot be served: a missing or unreadable certificate or key, a key that
    does not match its certificate, or a CA path that cannot be written."""


@dataclass
class TLSFiles:
    """What uvicorn is given, and what to remove at shutdown."""

    certfile: str
    keyfile: str
    ca_path: str | None = None
    _owned: list[Path] = field(default_factory=list, repr=False)

    def cleanup(self) -> None:
        for path in self._owned:
            with contextlib.suppress(FileNotFoundError):
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink()
        self._owned.clear()


def prepare(config: ServerConfig) -> TLSFiles | None:
    """The certificate and key to serve HTTPS with, checked (or made); None for plain HTTP."""
    if config.tls_cert and config.tls_key:
        check_pair(config.tls_cert, config.tls_key)
        return TLSFiles(config.tls_cert, config.tls_key)
    if not config.tls_self_signed:
        return None
    ca_pem, cert_pem, key_pem = make_local_ca(loopback_names(config.host))
    private = Path(tempfile.mkdtemp(prefix="assistants-server-tls-"))  # 0700
    files = TLSFiles(str(private / "cert.pem"), str(private / "key.pem"), _owned=[private])
    try:
        write_private(Path(files.keyfile), key_pem)
        Path(files.certfile).write_bytes(cert_pem)
        files.ca_path = str(write_ca(config, ca_pem, files))
    except OSError as exc:
        files.cleanup()
        raise TLSError(f"cannot write the local CA's certificate: {exc.strerror or exc}") from None
    return files


def check_pair(certfile: str, keyfile: str) -> None:
    """Raise TLSError unless ``certfile`` and ``keyfile`` load together as a server's."""
    for flag, path in (("--tls-cert", certfile), ("--tls-key", keyfile)):
        if not os.path.isfile(path):
            raise TLSError(f"{flag} {path!r}: no such file")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        context.load_cert_chain(certfile, keyfile)
    except ssl.SSLError as exc:
        raise TLSError(f"--tls-cert and --tls-key do not load as a certificate and its key: {exc.reason}") from None
    except OSError as exc:
        raise TLSError(f"--tls-cert or --tls-key cannot be read: {exc.strerror or exc}") from None


def write_private(path: Path, data: bytes) -> None:
    """``data`` into a new file only its owner may read (0600)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(path, 0o600)


def write_ca(config: ServerConfig, ca_pem: bytes, files: TLSFiles) -> Path:
    if config.tls_ca_out:
        target = Path(config.tls_ca_out)
        target.parent.mkdir(parents=True, exist_ok=True)
    else:
        root = config.data_dir or default_root(config.db)
        if root:
            Path(root).mkdir(parents=True, exist_ok=True)
            target = Path(root) / CA_FILE_NAME
        else:
            target = Path(files.certfile).parent / CA_FILE_NAME  # removed with the leaf at shutdown
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(ca_pem)
    os.replace(partial, target)  # a reader sees the old CA or the new one, never half of one
    return target.resolve()


def loopback_names(host: str) -> tuple[str, ...]:
    """The names the made certificate covers: loopback, and ``host`` when it is one address."""
    host = host.strip("[]")
    names = list(LOOPBACK)
    with contextlib.suppress(ValueError):
        address = ipaddress.ip_address(host)
        if not address.is_unspecified and host not in names:
            names.append(host)
    return tuple(names)


def make_local_ca(names: tuple[str, ...]) -> tuple[bytes, bytes, bytes]:
    """(CA certificate, server certificate, server key), PEM, for ``names`` (addresses or DNS
    names). EC P-256 keys; both certificates valid for ``VALID_DAYS`` from an hour ago."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.UTC)
    start, end = now - datetime.timedelta(hours=1), now + datetime.timedelta(days=VALID_DAYS)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "assistants_server"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"assistants_server local CA {now:%Y-%m-%d %H:%M:%S}"),
        ]
    )
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(digital_signature=True, key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    alternatives: list[x509.GeneralName] = []
    for name in names:
        try:
            alternatives.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alternatives.append(x509.DNSName(name))
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.SubjectAlternativeName(alternatives), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(digital_signature=True, key_agreement=True), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    key_pem = key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return ca_cert.public_bytes(pem), cert.public_bytes(pem), key_pem


def _key_usage(**granted: bool) -> Any:
    """An X.509 key usage extension granting the named uses and no other."""
    from cryptography import x509

    uses = [
        "digital_signature",
        "content_commitment",
        "key_encipherment",
        "data_encipherment",
        "key_agreement",
        "key_cert_sign",
        "crl_sign",
        "encipher_only",
        "decipher_only",
    ]
    return x509.KeyUsage(**{use: granted.get(use, False) for use in uses})
