"""assistants_client"""
