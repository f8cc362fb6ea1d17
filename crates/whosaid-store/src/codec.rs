//! The one place that knows how events and stored documents become bytes.
//!
//! Every value starts with a one-byte format tag so the encoding can change in one
//! place: tag 1 is bincode 2 (serde, standard configuration: little-endian, varint
//! integers) with a size limit that protects memory from damaged length prefixes.

use serde::{de::DeserializeOwned, Serialize};
use whosaid_model::Envelope;

/// The format tag written in front of every encoded value.
pub const FORMAT_BINCODE2: u8 = 1;

/// The largest value the decoder will materialise (a stored article text included).
pub const MAX_VALUE_BYTES: usize = 256 * 1024 * 1024;

/// The largest snapshot payload the decoder will materialise (it is checksummed first).
pub const MAX_SNAPSHOT_BYTES: usize = 16 * 1024 * 1024 * 1024;

fn config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<MAX_VALUE_BYTES>()
}

fn snapshot_config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<MAX_SNAPSHOT_BYTES>()
}

/// Why bytes could not be turned back into a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError(pub String);

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Encodes a value with its format tag.
pub(crate) fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    encode_with(value, config())
}

fn encode_with<T: Serialize>(value: &T, config: impl bincode::config::Config) -> Vec<u8> {
    let mut out = vec![FORMAT_BINCODE2];
    // Encoding into a Vec only fails for values serde cannot represent (maps with
    // unsized keys and the like), which the model does not contain.
    match bincode::serde::encode_to_vec(value, config) {
        Ok(bytes) => out.extend_from_slice(&bytes),
        Err(e) => unreachable!("model values always encode: {e}"),
    }
    out
}

/// Decodes a value written by [`encode`], rejecting unknown tags and trailing bytes.
pub(crate) fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    decode_with(bytes, config())
}

/// Encodes derived data for a snapshot ([`crate::Store::write_snapshot`]).
pub fn encode_snapshot<T: Serialize>(value: &T) -> Vec<u8> {
    encode_with(value, snapshot_config())
}

/// Decodes a snapshot payload written by [`encode_snapshot`].
pub fn decode_snapshot<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    decode_with(bytes, snapshot_config())
}

fn decode_with<T: DeserializeOwned>(
    bytes: &[u8],
    config: impl bincode::config::Config,
) -> Result<T, DecodeError> {
    let (&tag, body) = bytes
        .split_first()
        .ok_or_else(|| DecodeError("empty value".into()))?;
    if tag != FORMAT_BINCODE2 {
        return Err(DecodeError(format!("unknown format tag {tag}")));
    }
    let (value, read) =
        bincode::serde::decode_from_slice(body, config).map_err(|e| DecodeError(e.to_string()))?;
    if read != body.len() {
        return Err(DecodeError(format!(
            "{} trailing bytes after the value",
            body.len() - read
        )));
    }
    Ok(value)
}

/// Encodes an event envelope as stored in the log.
pub fn encode_envelope(envelope: &Envelope) -> Vec<u8> {
    encode(envelope)
}

/// Decodes a log value into an envelope of the current schema, upcasting older ones.
///
/// Schema 1 is the first released schema, so there is nothing to upcast yet; an
/// envelope from a newer schema than this build knows is refused rather than guessed at.
pub fn decode_envelope(bytes: &[u8]) -> Result<Envelope, DecodeError> {
    let envelope: Envelope = decode(bytes)?;
    if envelope.schema > whosaid_model::SCHEMA_VERSION || envelope.schema == 0 {
        return Err(DecodeError(format!(
            "schema version {} is not one this build reads (it reads 1..={})",
            envelope.schema,
            whosaid_model::SCHEMA_VERSION
        )));
    }
    Ok(envelope)
}
