//! Writes the CSV and the Excel file of a JSON document, as the app's
//! buttons would: `cargo run --example export -- doc.json out-stem`
//! writes `out-stem.csv` and `out-stem.xlsx`. For looking at the files
//! and for trying a workbook in a spreadsheet by hand.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, input, stem] = args.as_slice() else {
        eprintln!("usage: export DOC.json OUT-STEM");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(input).expect("readable file");
    let a = efa_check::share::from_json(&text).expect("a valid document");
    std::fs::write(format!("{stem}.csv"), efa_check::export::csv::document(&a)).unwrap();
    let xlsx = efa_check::export::xlsx::workbook(&a).expect("a workbook");
    std::fs::write(format!("{stem}.xlsx"), xlsx).unwrap();
}
