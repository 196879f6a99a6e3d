"""Reading inputs and writing results: reader (bytes -> text), inputs, batch, output."""
