//! Prints the extraction of a file as JSON (development aid).
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let x = whosaid_extract::extract(&text, None);
    println!("{}", serde_json::to_string_pretty(&x).expect("json"));
}
