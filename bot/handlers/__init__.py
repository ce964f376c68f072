"""Telegram update handlers, one module per job; registered in bot/app.py."""
