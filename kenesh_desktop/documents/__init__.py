"""PDF documents built with reportlab platypus in Kyrgyz, Russian or English."""
