//! Event decoding on arbitrary bytes: an error, never a panic or a huge allocation; what
//! decodes re-encodes to bytes that decode to the same envelope.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid_store::codec::{decode_envelope, encode_envelope};

fuzz_target!(|data: &[u8]| {
    if let Ok(env) = decode_envelope(data) {
        let again = decode_envelope(&encode_envelope(&env)).expect("re-encoded envelope decodes");
        assert_eq!(env, again);
    }
});
