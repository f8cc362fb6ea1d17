//! The one place that knows how events and stored documents become bytes.
//!
//! Every value starts with a one-byte format tag so the encoding can change in one
//! place: tag 1 is bincode 2 (serde, standard configuration: little-endian, varint
//! integers) with a size limit that protects memory from damaged length prefixes; tag 2
//! is the same bytes compressed with zstd (level 3), used for stored article texts.
//! Readers accept both tags wherever they occur.

use serde::{de::DeserializeOwned, Serialize};
use std::cell::RefCell;
use whosaid_model::Envelope;

/// The format tag of bincode 2 values.
pub const FORMAT_BINCODE2: u8 = 1;

/// The format tag of zstd-compressed bincode 2 values.
pub const FORMAT_BINCODE2_ZSTD: u8 = 2;

/// zstd's compression level for stored texts (its default: fast, and about half the size
/// of a news article).
const ZSTD_LEVEL: i32 = 3;

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

thread_local! {
    /// zstd contexts are costly to set up (more than compressing a short article), so
    /// each thread keeps one of each.
    static COMPRESSOR: RefCell<Option<zstd::bulk::Compressor<'static>>> = const { RefCell::new(None) };
    static DECOMPRESSOR: RefCell<Option<zstd::bulk::Decompressor<'static>>> = const { RefCell::new(None) };
}

/// Encodes a value compressed (tag 2): for large, text-heavy values.
pub(crate) fn encode_compressed<T: Serialize>(value: &T) -> Vec<u8> {
    let plain = encode(value);
    let packed = COMPRESSOR.with_borrow_mut(|c| {
        if c.is_none() {
            *c = zstd::bulk::Compressor::new(ZSTD_LEVEL).ok();
        }
        c.as_mut()?.compress(&plain[1..]).ok()
    });
    match packed {
        Some(bytes) => {
            let mut out = Vec::with_capacity(bytes.len() + 1);
            out.push(FORMAT_BINCODE2_ZSTD);
            out.extend_from_slice(&bytes);
            out
        }
        // Compressing into memory only fails when memory does; keep the value plain.
        None => plain,
    }
}

fn decompress(body: &[u8], size: usize) -> Result<Vec<u8>, DecodeError> {
    DECOMPRESSOR.with_borrow_mut(|d| {
        if d.is_none() {
            *d = Some(
                zstd::bulk::Decompressor::new().map_err(|e| DecodeError(format!("zstd: {e}")))?,
            );
        }
        let d = d.as_mut().expect("set above");
        d.decompress(body, size)
            .map_err(|e| DecodeError(format!("zstd: {e}")))
    })
}

/// Decodes a value written by [`encode`] or [`encode_compressed`], rejecting unknown
/// tags and trailing bytes.
pub(crate) fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    match bytes.first() {
        Some(&FORMAT_BINCODE2_ZSTD) => {
            let body = &bytes[1..];
            let size = zstd::zstd_safe::get_frame_content_size(body)
                .ok()
                .flatten()
                .ok_or_else(|| DecodeError("compressed value without a readable size".into()))?;
            if size > MAX_VALUE_BYTES as u64 {
                return Err(DecodeError(format!(
                    "compressed value of {size} bytes, more than the limit of {MAX_VALUE_BYTES}"
                )));
            }
            decode_body(&decompress(body, size as usize)?, config())
        }
        _ => decode_with(bytes, config()),
    }
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
    decode_body(body, config)
}

/// Decodes bincode 2 bytes (after the format tag), rejecting trailing bytes.
fn decode_body<T: DeserializeOwned>(
    body: &[u8],
    config: impl bincode::config::Config,
) -> Result<T, DecodeError> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_values_round_trip_and_plain_ones_still_read() {
        let text = "The Pentagon said talks were possible. ".repeat(100);
        let packed = encode_compressed(&text);
        assert_eq!(packed[0], FORMAT_BINCODE2_ZSTD);
        assert!(packed.len() < text.len() / 4);
        assert_eq!(decode::<String>(&packed).unwrap(), text);
        assert_eq!(decode::<String>(&encode(&text)).unwrap(), text);
    }

    #[test]
    fn damaged_compressed_values_are_errors_not_allocations() {
        // A frame header that claims 1 TiB of content (single segment, 8-byte size) is
        // refused before anything is allocated.
        let mut huge = vec![FORMAT_BINCODE2_ZSTD];
        huge.extend_from_slice(&0xFD2F_B528u32.to_le_bytes());
        huge.push(0xE0);
        huge.extend_from_slice(&(1u64 << 40).to_le_bytes());
        let err = decode::<String>(&huge).unwrap_err();
        assert!(err.0.contains("more than the limit"), "{err}");
        let mut frame = zstd::bulk::compress(b"x", 3).unwrap();
        frame.truncate(frame.len() / 2);
        let mut cut = vec![FORMAT_BINCODE2_ZSTD];
        cut.extend_from_slice(&frame);
        assert!(decode::<String>(&cut).is_err());
        assert!(decode::<String>(&[FORMAT_BINCODE2_ZSTD, 1, 2, 3]).is_err());
    }
}
