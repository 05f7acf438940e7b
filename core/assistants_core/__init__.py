"""assistants_core: the hand-written runtime the generated layer (`assistants_api`) imports.

Nothing here is generated or knows an operation of the spec; the generated modules hold the
per-operation records and call into these. It depends on httpx2 and attrs only and imports
neither `assistants_api` nor `assistants_client` (core <- generated <- facade).

    errors      the error tree, redaction of secrets, the typed error of an error answer
    types       UNSET, MISSING, InvalidValue and the JSON checks of the model decoders
    operation   the Operation record, building a request, decoding an answer
    options     CallOptions (the per-call keywords) and the Options record
    results     the Paginator and RawResponse protocols, the bases of the method mixins
    events      BaseEvent and UnknownEvent, the bases of the typed stream events
    client      the low-level clients of the flat functions
    flat        one attempt of a flat function: send, then parse
"""
