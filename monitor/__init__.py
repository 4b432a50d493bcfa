"""Social Lab Monitor's domain package: plain Python, never imports Streamlit."""
