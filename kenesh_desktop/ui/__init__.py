"""The thin Qt layer: widgets display and edit, every change goes through a store write."""
