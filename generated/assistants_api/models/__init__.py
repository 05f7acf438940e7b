"""Every data model of the API, imported on first use.

Importing this package loads nothing but this table: a model's module is imported the
first time its name is looked up, so a program pays only for the models it touches.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_upload_part_request import AddUploadPartRequest
    from .assistant_file_object import AssistantFileObject
    from .assistant_object import AssistantObject
    from .attachment_file_search_tool import AttachmentFileSearchTool
    from .auto_chunking_strategy import AutoChunkingStrategy
    from .azure_ai_search_index import AzureAISearchIndex
    from .azure_ai_search_query_type import AzureAISearchQueryType
    from .azure_ai_search_resources import AzureAISearchResources
    from .azure_ai_search_tool import AzureAISearchTool
    from .azure_function_binding import AzureFunctionBinding
    from .azure_function_binding_type import AzureFunctionBindingType
    from .azure_function_settings import AzureFunctionSettings
    from .azure_function_storage_queue import AzureFunctionStorageQueue
    from .azure_function_tool import AzureFunctionTool
    from .bing_custom_search_configuration import BingCustomSearchConfiguration
    from .bing_custom_search_settings import BingCustomSearchSettings
    from .bing_custom_search_tool import BingCustomSearchTool
    from .bing_grounding_settings import BingGroundingSettings
    from .bing_grounding_tool import BingGroundingTool
    from .bing_search_configuration import BingSearchConfiguration
    from .code_interpreter_call import CodeInterpreterCall
    from .code_interpreter_call_delta import CodeInterpreterCallDelta
    from .code_interpreter_image import CodeInterpreterImage
    from .code_interpreter_image_delta import CodeInterpreterImageDelta
    from .code_interpreter_image_output import CodeInterpreterImageOutput
    from .code_interpreter_image_output_delta import CodeInterpreterImageOutputDelta
    from .code_interpreter_logs_output import CodeInterpreterLogsOutput
    from .code_interpreter_logs_output_delta import CodeInterpreterLogsOutputDelta
    from .code_interpreter_resources import CodeInterpreterResources
    from .code_interpreter_tool import CodeInterpreterTool
    from .comparison_filter import ComparisonFilter
    from .comparison_filter_type import ComparisonFilterType
    from .complete_upload_request import CompleteUploadRequest
    from .compound_filter import CompoundFilter
    from .compound_filter_type import CompoundFilterType
    from .connected_agent_call import ConnectedAgentCall
    from .connected_agent_settings import ConnectedAgentSettings
    from .connected_agent_tool import ConnectedAgentTool
    from .connection_list_settings import ConnectionListSettings
    from .create_assistant_file_request import CreateAssistantFileRequest
    from .create_assistant_request import CreateAssistantRequest
    from .create_file_request import CreateFileRequest
    from .create_file_search_resources import CreateFileSearchResources
    from .create_message_request import CreateMessageRequest
    from .create_run_request import CreateRunRequest
    from .create_thread_and_run_request import CreateThreadAndRunRequest
    from .create_thread_request import CreateThreadRequest
    from .create_tool_resources import CreateToolResources
    from .create_upload_request import CreateUploadRequest
    from .create_vector_store_file_batch_request import CreateVectorStoreFileBatchRequest
    from .create_vector_store_file_request import CreateVectorStoreFileRequest
    from .create_vector_store_request import CreateVectorStoreRequest
    from .deep_research_settings import DeepResearchSettings
    from .deep_research_tool import DeepResearchTool
    from .delete_assistant_file_response import DeleteAssistantFileResponse
    from .delete_assistant_response import DeleteAssistantResponse
    from .delete_file_response import DeleteFileResponse
    from .delete_message_response import DeleteMessageResponse
    from .delete_thread_response import DeleteThreadResponse
    from .delete_vector_store_file_response import DeleteVectorStoreFileResponse
    from .delete_vector_store_response import DeleteVectorStoreResponse
    from .done_stream_event import DoneStreamEvent
    from .done_stream_event_event import DoneStreamEventEvent
    from .error_object import ErrorObject
    from .error_response import ErrorResponse
    from .error_stream_event import ErrorStreamEvent
    from .error_stream_event_event import ErrorStreamEventEvent
    from .fabric_data_agent_tool import FabricDataAgentTool
    from .file_citation import FileCitation
    from .file_citation_annotation import FileCitationAnnotation
    from .file_citation_delta import FileCitationDelta
    from .file_citation_delta_annotation import FileCitationDeltaAnnotation
    from .file_expiration_after import FileExpirationAfter
    from .file_object_purpose import FileObjectPurpose
    from .file_object_status import FileObjectStatus
    from .file_path import FilePath
    from .file_path_annotation import FilePathAnnotation
    from .file_path_delta import FilePathDelta
    from .file_path_delta_annotation import FilePathDeltaAnnotation
    from .file_purpose import FilePurpose
    from .file_search_call import FileSearchCall
    from .file_search_call_delta import FileSearchCallDelta
    from .file_search_call_ranking_options import FileSearchCallRankingOptions
    from .file_search_ranker import FileSearchRanker
    from .file_search_ranking_options import FileSearchRankingOptions
    from .file_search_resources import FileSearchResources
    from .file_search_result import FileSearchResult
    from .file_search_result_content import FileSearchResultContent
    from .file_search_result_content_type import FileSearchResultContentType
    from .file_search_tool import FileSearchTool
    from .file_search_tool_settings import FileSearchToolSettings
    from .function_call import FunctionCall
    from .function_call_delta import FunctionCallDelta
    from .function_definition import FunctionDefinition
    from .function_parameters import FunctionParameters
    from .function_tool import FunctionTool
    from .hybrid_search_options import HybridSearchOptions
    from .image_detail import ImageDetail
    from .image_file import ImageFile
    from .image_file_delta import ImageFileDelta
    from .image_url import ImageUrl
    from .image_url_delta import ImageUrlDelta
    from .json_schema_document import JsonSchemaDocument
    from .json_schema_format import JsonSchemaFormat
    from .list_assistant_files_response import ListAssistantFilesResponse
    from .list_assistants_response import ListAssistantsResponse
    from .list_files_response import ListFilesResponse
    from .list_message_files_response import ListMessageFilesResponse
    from .list_messages_response import ListMessagesResponse
    from .list_order import ListOrder
    from .list_run_steps_response import ListRunStepsResponse
    from .list_runs_response import ListRunsResponse
    from .list_threads_response import ListThreadsResponse
    from .list_vector_store_files_response import ListVectorStoreFilesResponse
    from .list_vector_stores_response import ListVectorStoresResponse
    from .message_attachment import MessageAttachment
    from .message_content_image_file import MessageContentImageFile
    from .message_content_image_url import MessageContentImageUrl
    from .message_content_refusal import MessageContentRefusal
    from .message_content_text import MessageContentText
    from .message_delta import MessageDelta
    from .message_delta_content_image_file import MessageDeltaContentImageFile
    from .message_delta_content_image_url import MessageDeltaContentImageUrl
    from .message_delta_content_refusal import MessageDeltaContentRefusal
    from .message_delta_content_text import MessageDeltaContentText
    from .message_delta_object import MessageDeltaObject
    from .message_delta_stream_event import MessageDeltaStreamEvent
    from .message_delta_stream_event_event import MessageDeltaStreamEventEvent
    from .message_delta_text import MessageDeltaText
    from .message_file_object import MessageFileObject
    from .message_incomplete_details import MessageIncompleteDetails
    from .message_incomplete_reason import MessageIncompleteReason
    from .message_object import MessageObject
    from .message_request_content_text import MessageRequestContentText
    from .message_role import MessageRole
    from .message_status import MessageStatus
    from .message_stream_event import MessageStreamEvent
    from .message_stream_event_event import MessageStreamEventEvent
    from .message_text import MessageText
    from .metadata import Metadata
    from .modify_assistant_request import ModifyAssistantRequest
    from .modify_message_request import ModifyMessageRequest
    from .modify_run_request import ModifyRunRequest
    from .modify_thread_request import ModifyThreadRequest
    from .named_tool_choice import NamedToolChoice
    from .named_tool_choice_function import NamedToolChoiceFunction
    from .named_tool_choice_type import NamedToolChoiceType
    from .open_ai_file import OpenAIFile
    from .open_api_auth import OpenApiAuth
    from .open_api_auth_type import OpenApiAuthType
    from .open_api_security_scheme import OpenApiSecurityScheme
    from .open_api_tool import OpenApiTool
    from .open_api_tool_settings import OpenApiToolSettings
    from .open_api_tool_settings_spec import OpenApiToolSettingsSpec
    from .other_chunking_strategy import OtherChunkingStrategy
    from .reasoning_effort import ReasoningEffort
    from .response_format_auto import ResponseFormatAuto
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_text import ResponseFormatText
    from .retrieval_tool import RetrievalTool
    from .run_incomplete_details import RunIncompleteDetails
    from .run_incomplete_reason import RunIncompleteReason
    from .run_last_error import RunLastError
    from .run_last_error_code import RunLastErrorCode
    from .run_object import RunObject
    from .run_required_action import RunRequiredAction
    from .run_required_action_type import RunRequiredActionType
    from .run_status import RunStatus
    from .run_step_azure_ai_search_tool_call import RunStepAzureAISearchToolCall
    from .run_step_azure_ai_search_tool_call_azure_ai_search import RunStepAzureAISearchToolCallAzureAiSearch
    from .run_step_azure_function_tool_call import RunStepAzureFunctionToolCall
    from .run_step_bing_custom_search_tool_call import RunStepBingCustomSearchToolCall
    from .run_step_bing_custom_search_tool_call_bing_custom_search import (
        RunStepBingCustomSearchToolCallBingCustomSearch,
    )
    from .run_step_bing_grounding_tool_call import RunStepBingGroundingToolCall
    from .run_step_bing_grounding_tool_call_bing_grounding import RunStepBingGroundingToolCallBingGrounding
    from .run_step_code_interpreter_tool_call import RunStepCodeInterpreterToolCall
    from .run_step_connected_agent_tool_call import RunStepConnectedAgentToolCall
    from .run_step_delta import RunStepDelta
    from .run_step_delta_azure_ai_search_tool_call import RunStepDeltaAzureAISearchToolCall
    from .run_step_delta_azure_ai_search_tool_call_azure_ai_search import RunStepDeltaAzureAISearchToolCallAzureAiSearch
    from .run_step_delta_azure_function_tool_call import RunStepDeltaAzureFunctionToolCall
    from .run_step_delta_bing_custom_search_tool_call import RunStepDeltaBingCustomSearchToolCall
    from .run_step_delta_bing_custom_search_tool_call_bing_custom_search import (
        RunStepDeltaBingCustomSearchToolCallBingCustomSearch,
    )
    from .run_step_delta_bing_grounding_tool_call import RunStepDeltaBingGroundingToolCall
    from .run_step_delta_bing_grounding_tool_call_bing_grounding import RunStepDeltaBingGroundingToolCallBingGrounding
    from .run_step_delta_code_interpreter_tool_call import RunStepDeltaCodeInterpreterToolCall
    from .run_step_delta_connected_agent_tool_call import RunStepDeltaConnectedAgentToolCall
    from .run_step_delta_details_message_creation import RunStepDeltaDetailsMessageCreation
    from .run_step_delta_details_tool_calls import RunStepDeltaDetailsToolCalls
    from .run_step_delta_fabric_data_agent_tool_call import RunStepDeltaFabricDataAgentToolCall
    from .run_step_delta_fabric_data_agent_tool_call_fabric_dataagent import (
        RunStepDeltaFabricDataAgentToolCallFabricDataagent,
    )
    from .run_step_delta_file_search_tool_call import RunStepDeltaFileSearchToolCall
    from .run_step_delta_function_tool_call import RunStepDeltaFunctionToolCall
    from .run_step_delta_message_creation import RunStepDeltaMessageCreation
    from .run_step_delta_object import RunStepDeltaObject
    from .run_step_delta_open_api_tool_call import RunStepDeltaOpenApiToolCall
    from .run_step_delta_open_api_tool_call_openapi import RunStepDeltaOpenApiToolCallOpenapi
    from .run_step_delta_sharepoint_grounding_tool_call import RunStepDeltaSharepointGroundingToolCall
    from .run_step_delta_sharepoint_grounding_tool_call_sharepoint_grounding import (
        RunStepDeltaSharepointGroundingToolCallSharepointGrounding,
    )
    from .run_step_delta_stream_event import RunStepDeltaStreamEvent
    from .run_step_delta_stream_event_event import RunStepDeltaStreamEventEvent
    from .run_step_details_message_creation import RunStepDetailsMessageCreation
    from .run_step_details_tool_calls import RunStepDetailsToolCalls
    from .run_step_fabric_data_agent_tool_call import RunStepFabricDataAgentToolCall
    from .run_step_fabric_data_agent_tool_call_fabric_dataagent import RunStepFabricDataAgentToolCallFabricDataagent
    from .run_step_file_search_tool_call import RunStepFileSearchToolCall
    from .run_step_function_tool_call import RunStepFunctionToolCall
    from .run_step_include_field import RunStepIncludeField
    from .run_step_last_error import RunStepLastError
    from .run_step_last_error_code import RunStepLastErrorCode
    from .run_step_message_creation import RunStepMessageCreation
    from .run_step_object import RunStepObject
    from .run_step_open_api_tool_call import RunStepOpenApiToolCall
    from .run_step_open_api_tool_call_openapi import RunStepOpenApiToolCallOpenapi
    from .run_step_sharepoint_grounding_tool_call import RunStepSharepointGroundingToolCall
    from .run_step_sharepoint_grounding_tool_call_sharepoint_grounding import (
        RunStepSharepointGroundingToolCallSharepointGrounding,
    )
    from .run_step_status import RunStepStatus
    from .run_step_stream_event import RunStepStreamEvent
    from .run_step_stream_event_event import RunStepStreamEventEvent
    from .run_step_type import RunStepType
    from .run_stream_event import RunStreamEvent
    from .run_stream_event_event import RunStreamEventEvent
    from .run_submit_tool_outputs import RunSubmitToolOutputs
    from .run_tool_call_function import RunToolCallFunction
    from .run_tool_call_object import RunToolCallObject
    from .run_tool_call_type import RunToolCallType
    from .run_usage import RunUsage
    from .sharepoint_grounding_tool import SharepointGroundingTool
    from .static_chunking_settings import StaticChunkingSettings
    from .static_chunking_strategy import StaticChunkingStrategy
    from .submit_tool_outputs_run_request import SubmitToolOutputsRunRequest
    from .thread_object import ThreadObject
    from .thread_stream_event import ThreadStreamEvent
    from .thread_stream_event_event import ThreadStreamEventEvent
    from .tool_choice_mode import ToolChoiceMode
    from .tool_connection import ToolConnection
    from .tool_output import ToolOutput
    from .tool_resources import ToolResources
    from .truncation_strategy import TruncationStrategy
    from .truncation_strategy_type import TruncationStrategyType
    from .unknown_annotation import UnknownAnnotation
    from .unknown_annotation_delta import UnknownAnnotationDelta
    from .unknown_attachment_tool import UnknownAttachmentTool
    from .unknown_chunking_strategy import UnknownChunkingStrategy
    from .unknown_code_interpreter_output import UnknownCodeInterpreterOutput
    from .unknown_code_interpreter_output_delta import UnknownCodeInterpreterOutputDelta
    from .unknown_message_content import UnknownMessageContent
    from .unknown_message_delta_content import UnknownMessageDeltaContent
    from .unknown_response_format import UnknownResponseFormat
    from .unknown_run_step_delta_details import UnknownRunStepDeltaDetails
    from .unknown_run_step_delta_tool_call import UnknownRunStepDeltaToolCall
    from .unknown_run_step_details import UnknownRunStepDetails
    from .unknown_run_step_tool_call import UnknownRunStepToolCall
    from .unknown_tool import UnknownTool
    from .update_vector_store_file_attributes_request import UpdateVectorStoreFileAttributesRequest
    from .update_vector_store_request import UpdateVectorStoreRequest
    from .upload import Upload
    from .upload_part import UploadPart
    from .upload_status import UploadStatus
    from .vector_store_batch_file import VectorStoreBatchFile
    from .vector_store_expiration_after import VectorStoreExpirationAfter
    from .vector_store_file_attributes import VectorStoreFileAttributes
    from .vector_store_file_batch_object import VectorStoreFileBatchObject
    from .vector_store_file_batch_status import VectorStoreFileBatchStatus
    from .vector_store_file_content_response import VectorStoreFileContentResponse
    from .vector_store_file_counts import VectorStoreFileCounts
    from .vector_store_file_last_error import VectorStoreFileLastError
    from .vector_store_file_last_error_code import VectorStoreFileLastErrorCode
    from .vector_store_file_object import VectorStoreFileObject
    from .vector_store_file_status import VectorStoreFileStatus
    from .vector_store_helper import VectorStoreHelper
    from .vector_store_object import VectorStoreObject
    from .vector_store_search_ranker import VectorStoreSearchRanker
    from .vector_store_search_ranking_options import VectorStoreSearchRankingOptions
    from .vector_store_search_request import VectorStoreSearchRequest
    from .vector_store_search_result import VectorStoreSearchResult
    from .vector_store_search_results_page import VectorStoreSearchResultsPage
    from .vector_store_status import VectorStoreStatus
    from .vector_store_text_content import VectorStoreTextContent

_MODULE_OF = {
    "AddUploadPartRequest": ".add_upload_part_request",
    "AssistantFileObject": ".assistant_file_object",
    "AssistantObject": ".assistant_object",
    "AttachmentFileSearchTool": ".attachment_file_search_tool",
    "AutoChunkingStrategy": ".auto_chunking_strategy",
    "AzureAISearchIndex": ".azure_ai_search_index",
    "AzureAISearchQueryType": ".azure_ai_search_query_type",
    "AzureAISearchResources": ".azure_ai_search_resources",
    "AzureAISearchTool": ".azure_ai_search_tool",
    "AzureFunctionBinding": ".azure_function_binding",
    "AzureFunctionBindingType": ".azure_function_binding_type",
    "AzureFunctionSettings": ".azure_function_settings",
    "AzureFunctionStorageQueue": ".azure_function_storage_queue",
    "AzureFunctionTool": ".azure_function_tool",
    "BingCustomSearchConfiguration": ".bing_custom_search_configuration",
    "BingCustomSearchSettings": ".bing_custom_search_settings",
    "BingCustomSearchTool": ".bing_custom_search_tool",
    "BingGroundingSettings": ".bing_grounding_settings",
    "BingGroundingTool": ".bing_grounding_tool",
    "BingSearchConfiguration": ".bing_search_configuration",
    "CodeInterpreterCall": ".code_interpreter_call",
    "CodeInterpreterCallDelta": ".code_interpreter_call_delta",
    "CodeInterpreterImage": ".code_interpreter_image",
    "CodeInterpreterImageDelta": ".code_interpreter_image_delta",
    "CodeInterpreterImageOutput": ".code_interpreter_image_output",
    "CodeInterpreterImageOutputDelta": ".code_interpreter_image_output_delta",
    "CodeInterpreterLogsOutput": ".code_interpreter_logs_output",
    "CodeInterpreterLogsOutputDelta": ".code_interpreter_logs_output_delta",
    "CodeInterpreterResources": ".code_interpreter_resources",
    "CodeInterpreterTool": ".code_interpreter_tool",
    "ComparisonFilter": ".comparison_filter",
    "ComparisonFilterType": ".comparison_filter_type",
    "CompleteUploadRequest": ".complete_upload_request",
    "CompoundFilter": ".compound_filter",
    "CompoundFilterType": ".compound_filter_type",
    "ConnectedAgentCall": ".connected_agent_call",
    "ConnectedAgentSettings": ".connected_agent_settings",
    "ConnectedAgentTool": ".connected_agent_tool",
    "ConnectionListSettings": ".connection_list_settings",
    "CreateAssistantFileRequest": ".create_assistant_file_request",
    "CreateAssistantRequest": ".create_assistant_request",
    "CreateFileRequest": ".create_file_request",
    "CreateFileSearchResources": ".create_file_search_resources",
    "CreateMessageRequest": ".create_message_request",
    "CreateRunRequest": ".create_run_request",
    "CreateThreadAndRunRequest": ".create_thread_and_run_request",
    "CreateThreadRequest": ".create_thread_request",
    "CreateToolResources": ".create_tool_resources",
    "CreateUploadRequest": ".create_upload_request",
    "CreateVectorStoreFileBatchRequest": ".create_vector_store_file_batch_request",
    "CreateVectorStoreFileRequest": ".create_vector_store_file_request",
    "CreateVectorStoreRequest": ".create_vector_store_request",
    "DeepResearchSettings": ".deep_research_settings",
    "DeepResearchTool": ".deep_research_tool",
    "DeleteAssistantFileResponse": ".delete_assistant_file_response",
    "DeleteAssistantResponse": ".delete_assistant_response",
    "DeleteFileResponse": ".delete_file_response",
    "DeleteMessageResponse": ".delete_message_response",
    "DeleteThreadResponse": ".delete_thread_response",
    "DeleteVectorStoreFileResponse": ".delete_vector_store_file_response",
    "DeleteVectorStoreResponse": ".delete_vector_store_response",
    "DoneStreamEvent": ".done_stream_event",
    "DoneStreamEventEvent": ".done_stream_event_event",
    "ErrorObject": ".error_object",
    "ErrorResponse": ".error_response",
    "ErrorStreamEvent": ".error_stream_event",
    "ErrorStreamEventEvent": ".error_stream_event_event",
    "FabricDataAgentTool": ".fabric_data_agent_tool",
    "FileCitation": ".file_citation",
    "FileCitationAnnotation": ".file_citation_annotation",
    "FileCitationDelta": ".file_citation_delta",
    "FileCitationDeltaAnnotation": ".file_citation_delta_annotation",
    "FileExpirationAfter": ".file_expiration_after",
    "FileObjectPurpose": ".file_object_purpose",
    "FileObjectStatus": ".file_object_status",
    "FilePath": ".file_path",
    "FilePathAnnotation": ".file_path_annotation",
    "FilePathDelta": ".file_path_delta",
    "FilePathDeltaAnnotation": ".file_path_delta_annotation",
    "FilePurpose": ".file_purpose",
    "FileSearchCall": ".file_search_call",
    "FileSearchCallDelta": ".file_search_call_delta",
    "FileSearchCallRankingOptions": ".file_search_call_ranking_options",
    "FileSearchRanker": ".file_search_ranker",
    "FileSearchRankingOptions": ".file_search_ranking_options",
    "FileSearchResources": ".file_search_resources",
    "FileSearchResult": ".file_search_result",
    "FileSearchResultContent": ".file_search_result_content",
    "FileSearchResultContentType": ".file_search_result_content_type",
    "FileSearchTool": ".file_search_tool",
    "FileSearchToolSettings": ".file_search_tool_settings",
    "FunctionCall": ".function_call",
    "FunctionCallDelta": ".function_call_delta",
    "FunctionDefinition": ".function_definition",
    "FunctionParameters": ".function_parameters",
    "FunctionTool": ".function_tool",
    "HybridSearchOptions": ".hybrid_search_options",
    "ImageDetail": ".image_detail",
    "ImageFile": ".image_file",
    "ImageFileDelta": ".image_file_delta",
    "ImageUrl": ".image_url",
    "ImageUrlDelta": ".image_url_delta",
    "JsonSchemaDocument": ".json_schema_document",
    "JsonSchemaFormat": ".json_schema_format",
    "ListAssistantFilesResponse": ".list_assistant_files_response",
    "ListAssistantsResponse": ".list_assistants_response",
    "ListFilesResponse": ".list_files_response",
    "ListMessageFilesResponse": ".list_message_files_response",
    "ListMessagesResponse": ".list_messages_response",
    "ListOrder": ".list_order",
    "ListRunStepsResponse": ".list_run_steps_response",
    "ListRunsResponse": ".list_runs_response",
    "ListThreadsResponse": ".list_threads_response",
    "ListVectorStoreFilesResponse": ".list_vector_store_files_response",
    "ListVectorStoresResponse": ".list_vector_stores_response",
    "MessageAttachment": ".message_attachment",
    "MessageContentImageFile": ".message_content_image_file",
    "MessageContentImageUrl": ".message_content_image_url",
    "MessageContentRefusal": ".message_content_refusal",
    "MessageContentText": ".message_content_text",
    "MessageDelta": ".message_delta",
    "MessageDeltaContentImageFile": ".message_delta_content_image_file",
    "MessageDeltaContentImageUrl": ".message_delta_content_image_url",
    "MessageDeltaContentRefusal": ".message_delta_content_refusal",
    "MessageDeltaContentText": ".message_delta_content_text",
    "MessageDeltaObject": ".message_delta_object",
    "MessageDeltaStreamEvent": ".message_delta_stream_event",
    "MessageDeltaStreamEventEvent": ".message_delta_stream_event_event",
    "MessageDeltaText": ".message_delta_text",
    "MessageFileObject": ".message_file_object",
    "MessageIncompleteDetails": ".message_incomplete_details",
    "MessageIncompleteReason": ".message_incomplete_reason",
    "MessageObject": ".message_object",
    "MessageRequestContentText": ".message_request_content_text",
    "MessageRole": ".message_role",
    "MessageStatus": ".message_status",
    "MessageStreamEvent": ".message_stream_event",
    "MessageStreamEventEvent": ".message_stream_event_event",
    "MessageText": ".message_text",
    "Metadata": ".metadata",
    "ModifyAssistantRequest": ".modify_assistant_request",
    "ModifyMessageRequest": ".modify_message_request",
    "ModifyRunRequest": ".modify_run_request",
    "ModifyThreadRequest": ".modify_thread_request",
    "NamedToolChoice": ".named_tool_choice",
    "NamedToolChoiceFunction": ".named_tool_choice_function",
    "NamedToolChoiceType": ".named_tool_choice_type",
    "OpenAIFile": ".open_ai_file",
    "OpenApiAuth": ".open_api_auth",
    "OpenApiAuthType": ".open_api_auth_type",
    "OpenApiSecurityScheme": ".open_api_security_scheme",
    "OpenApiTool": ".open_api_tool",
    "OpenApiToolSettings": ".open_api_tool_settings",
    "OpenApiToolSettingsSpec": ".open_api_tool_settings_spec",
    "OtherChunkingStrategy": ".other_chunking_strategy",
    "ReasoningEffort": ".reasoning_effort",
    "ResponseFormatAuto": ".response_format_auto",
    "ResponseFormatJsonObject": ".response_format_json_object",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatText": ".response_format_text",
    "RetrievalTool": ".retrieval_tool",
    "RunIncompleteDetails": ".run_incomplete_details",
    "RunIncompleteReason": ".run_incomplete_reason",
    "RunLastError": ".run_last_error",
    "RunLastErrorCode": ".run_last_error_code",
    "RunObject": ".run_object",
    "RunRequiredAction": ".run_required_action",
    "RunRequiredActionType": ".run_required_action_type",
    "RunStatus": ".run_status",
    "RunStepAzureAISearchToolCall": ".run_step_azure_ai_search_tool_call",
    "RunStepAzureAISearchToolCallAzureAiSearch": ".run_step_azure_ai_search_tool_call_azure_ai_search",
    "RunStepAzureFunctionToolCall": ".run_step_azure_function_tool_call",
    "RunStepBingCustomSearchToolCall": ".run_step_bing_custom_search_tool_call",
    "RunStepBingCustomSearchToolCallBingCustomSearch": ".run_step_bing_custom_search_tool_call_bing_custom_search",
    "RunStepBingGroundingToolCall": ".run_step_bing_grounding_tool_call",
    "RunStepBingGroundingToolCallBingGrounding": ".run_step_bing_grounding_tool_call_bing_grounding",
    "RunStepCodeInterpreterToolCall": ".run_step_code_interpreter_tool_call",
    "RunStepConnectedAgentToolCall": ".run_step_connected_agent_tool_call",
    "RunStepDelta": ".run_step_delta",
    "RunStepDeltaAzureAISearchToolCall": ".run_step_delta_azure_ai_search_tool_call",
    "RunStepDeltaAzureAISearchToolCallAzureAiSearch": ".run_step_delta_azure_ai_search_tool_call_azure_ai_search",
    "RunStepDeltaAzureFunctionToolCall": ".run_step_delta_azure_function_tool_call",
    "RunStepDeltaBingCustomSearchToolCall": ".run_step_delta_bing_custom_search_tool_call",
    "RunStepDeltaBingCustomSearchToolCallBingCustomSearch": ".run_step_delta_bing_custom_search_tool_call_bing_custom_search",
    "RunStepDeltaBingGroundingToolCall": ".run_step_delta_bing_grounding_tool_call",
    "RunStepDeltaBingGroundingToolCallBingGrounding": ".run_step_delta_bing_grounding_tool_call_bing_grounding",
    "RunStepDeltaCodeInterpreterToolCall": ".run_step_delta_code_interpreter_tool_call",
    "RunStepDeltaConnectedAgentToolCall": ".run_step_delta_connected_agent_tool_call",
    "RunStepDeltaDetailsMessageCreation": ".run_step_delta_details_message_creation",
    "RunStepDeltaDetailsToolCalls": ".run_step_delta_details_tool_calls",
    "RunStepDeltaFabricDataAgentToolCall": ".run_step_delta_fabric_data_agent_tool_call",
    "RunStepDeltaFabricDataAgentToolCallFabricDataagent": ".run_step_delta_fabric_data_agent_tool_call_fabric_dataagent",
    "RunStepDeltaFileSearchToolCall": ".run_step_delta_file_search_tool_call",
    "RunStepDeltaFunctionToolCall": ".run_step_delta_function_tool_call",
    "RunStepDeltaMessageCreation": ".run_step_delta_message_creation",
    "RunStepDeltaObject": ".run_step_delta_object",
    "RunStepDeltaOpenApiToolCall": ".run_step_delta_open_api_tool_call",
    "RunStepDeltaOpenApiToolCallOpenapi": ".run_step_delta_open_api_tool_call_openapi",
    "RunStepDeltaSharepointGroundingToolCall": ".run_step_delta_sharepoint_grounding_tool_call",
    "RunStepDeltaSharepointGroundingToolCallSharepointGrounding": ".run_step_delta_sharepoint_grounding_tool_call_sharepoint_grounding",
    "RunStepDeltaStreamEvent": ".run_step_delta_stream_event",
    "RunStepDeltaStreamEventEvent": ".run_step_delta_stream_event_event",
    "RunStepDetailsMessageCreation": ".run_step_details_message_creation",
    "RunStepDetailsToolCalls": ".run_step_details_tool_calls",
    "RunStepFabricDataAgentToolCall": ".run_step_fabric_data_agent_tool_call",
    "RunStepFabricDataAgentToolCallFabricDataagent": ".run_step_fabric_data_agent_tool_call_fabric_dataagent",
    "RunStepFileSearchToolCall": ".run_step_file_search_tool_call",
    "RunStepFunctionToolCall": ".run_step_function_tool_call",
    "RunStepIncludeField": ".run_step_include_field",
    "RunStepLastError": ".run_step_last_error",
    "RunStepLastErrorCode": ".run_step_last_error_code",
    "RunStepMessageCreation": ".run_step_message_creation",
    "RunStepObject": ".run_step_object",
    "RunStepOpenApiToolCall": ".run_step_open_api_tool_call",
    "RunStepOpenApiToolCallOpenapi": ".run_step_open_api_tool_call_openapi",
    "RunStepSharepointGroundingToolCall": ".run_step_sharepoint_grounding_tool_call",
    "RunStepSharepointGroundingToolCallSharepointGrounding": ".run_step_sharepoint_grounding_tool_call_sharepoint_grounding",
    "RunStepStatus": ".run_step_status",
    "RunStepStreamEvent": ".run_step_stream_event",
    "RunStepStreamEventEvent": ".run_step_stream_event_event",
    "RunStepType": ".run_step_type",
    "RunStreamEvent": ".run_stream_event",
    "RunStreamEventEvent": ".run_stream_event_event",
    "RunSubmitToolOutputs": ".run_submit_tool_outputs",
    "RunToolCallFunction": ".run_tool_call_function",
    "RunToolCallObject": ".run_tool_call_object",
    "RunToolCallType": ".run_tool_call_type",
    "RunUsage": ".run_usage",
    "SharepointGroundingTool": ".sharepoint_grounding_tool",
    "StaticChunkingSettings": ".static_chunking_settings",
    "StaticChunkingStrategy": ".static_chunking_strategy",
    "SubmitToolOutputsRunRequest": ".submit_tool_outputs_run_request",
    "ThreadObject": ".thread_object",
    "ThreadStreamEvent": ".thread_stream_event",
    "ThreadStreamEventEvent": ".thread_stream_event_event",
    "ToolChoiceMode": ".tool_choice_mode",
    "ToolConnection": ".tool_connection",
    "ToolOutput": ".tool_output",
    "ToolResources": ".tool_resources",
    "TruncationStrategy": ".truncation_strategy",
    "TruncationStrategyType": ".truncation_strategy_type",
    "UnknownAnnotation": ".unknown_annotation",
    "UnknownAnnotationDelta": ".unknown_annotation_delta",
    "UnknownAttachmentTool": ".unknown_attachment_tool",
    "UnknownChunkingStrategy": ".unknown_chunking_strategy",
    "UnknownCodeInterpreterOutput": ".unknown_code_interpreter_output",
    "UnknownCodeInterpreterOutputDelta": ".unknown_code_interpreter_output_delta",
    "UnknownMessageContent": ".unknown_message_content",
    "UnknownMessageDeltaContent": ".unknown_message_delta_content",
    "UnknownResponseFormat": ".unknown_response_format",
    "UnknownRunStepDeltaDetails": ".unknown_run_step_delta_details",
    "UnknownRunStepDeltaToolCall": ".unknown_run_step_delta_tool_call",
    "UnknownRunStepDetails": ".unknown_run_step_details",
    "UnknownRunStepToolCall": ".unknown_run_step_tool_call",
    "UnknownTool": ".unknown_tool",
    "UpdateVectorStoreFileAttributesRequest": ".update_vector_store_file_attributes_request",
    "UpdateVectorStoreRequest": ".update_vector_store_request",
    "Upload": ".upload",
    "UploadPart": ".upload_part",
    "UploadStatus": ".upload_status",
    "VectorStoreBatchFile": ".vector_store_batch_file",
    "VectorStoreExpirationAfter": ".vector_store_expiration_after",
    "VectorStoreFileAttributes": ".vector_store_file_attributes",
    "VectorStoreFileBatchObject": ".vector_store_file_batch_object",
    "VectorStoreFileBatchStatus": ".vector_store_file_batch_status",
    "VectorStoreFileContentResponse": ".vector_store_file_content_response",
    "VectorStoreFileCounts": ".vector_store_file_counts",
    "VectorStoreFileLastError": ".vector_store_file_last_error",
    "VectorStoreFileLastErrorCode": ".vector_store_file_last_error_code",
    "VectorStoreFileObject": ".vector_store_file_object",
    "VectorStoreFileStatus": ".vector_store_file_status",
    "VectorStoreHelper": ".vector_store_helper",
    "VectorStoreObject": ".vector_store_object",
    "VectorStoreSearchRanker": ".vector_store_search_ranker",
    "VectorStoreSearchRankingOptions": ".vector_store_search_ranking_options",
    "VectorStoreSearchRequest": ".vector_store_search_request",
    "VectorStoreSearchResult": ".vector_store_search_result",
    "VectorStoreSearchResultsPage": ".vector_store_search_results_page",
    "VectorStoreStatus": ".vector_store_status",
    "VectorStoreTextContent": ".vector_store_text_content",
}


if not TYPE_CHECKING:
    # Hidden from type checkers, which see the imports above instead: a name that is not a
    # model (`from assistants_api.models import Bogus`) is then a type error, not an Any.

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(_MODULE_OF)


__all__ = (
    "AddUploadPartRequest",
    "AssistantFileObject",
    "AssistantObject",
    "AttachmentFileSearchTool",
    "AutoChunkingStrategy",
    "AzureAISearchIndex",
    "AzureAISearchQueryType",
    "AzureAISearchResources",
    "AzureAISearchTool",
    "AzureFunctionBinding",
    "AzureFunctionBindingType",
    "AzureFunctionSettings",
    "AzureFunctionStorageQueue",
    "AzureFunctionTool",
    "BingCustomSearchConfiguration",
    "BingCustomSearchSettings",
    "BingCustomSearchTool",
    "BingGroundingSettings",
    "BingGroundingTool",
    "BingSearchConfiguration",
    "CodeInterpreterCall",
    "CodeInterpreterCallDelta",
    "CodeInterpreterImage",
    "CodeInterpreterImageDelta",
    "CodeInterpreterImageOutput",
    "CodeInterpreterImageOutputDelta",
    "CodeInterpreterLogsOutput",
    "CodeInterpreterLogsOutputDelta",
    "CodeInterpreterResources",
    "CodeInterpreterTool",
    "ComparisonFilter",
    "ComparisonFilterType",
    "CompleteUploadRequest",
    "CompoundFilter",
    "CompoundFilterType",
    "ConnectedAgentCall",
    "ConnectedAgentSettings",
    "ConnectedAgentTool",
    "ConnectionListSettings",
    "CreateAssistantFileRequest",
    "CreateAssistantRequest",
    "CreateFileRequest",
    "CreateFileSearchResources",
    "CreateMessageRequest",
    "CreateRunRequest",
    "CreateThreadAndRunRequest",
    "CreateThreadRequest",
    "CreateToolResources",
    "CreateUploadRequest",
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileRequest",
    "CreateVectorStoreRequest",
    "DeepResearchSettings",
    "DeepResearchTool",
    "DeleteAssistantFileResponse",
    "DeleteAssistantResponse",
    "DeleteFileResponse",
    "DeleteMessageResponse",
    "DeleteThreadResponse",
    "DeleteVectorStoreFileResponse",
    "DeleteVectorStoreResponse",
    "DoneStreamEvent",
    "DoneStreamEventEvent",
    "ErrorObject",
    "ErrorResponse",
    "ErrorStreamEvent",
    "ErrorStreamEventEvent",
    "FabricDataAgentTool",
    "FileCitation",
    "FileCitationAnnotation",
    "FileCitationDelta",
    "FileCitationDeltaAnnotation",
    "FileExpirationAfter",
    "FileObjectPurpose",
    "FileObjectStatus",
    "FilePath",
    "FilePathAnnotation",
    "FilePathDelta",
    "FilePathDeltaAnnotation",
    "FilePurpose",
    "FileSearchCall",
    "FileSearchCallDelta",
    "FileSearchCallRankingOptions",
    "FileSearchRanker",
    "FileSearchRankingOptions",
    "FileSearchResources",
    "FileSearchResult",
    "FileSearchResultContent",
    "FileSearchResultContentType",
    "FileSearchTool",
    "FileSearchToolSettings",
    "FunctionCall",
    "FunctionCallDelta",
    "FunctionDefinition",
    "FunctionParameters",
    "FunctionTool",
    "HybridSearchOptions",
    "ImageDetail",
    "ImageFile",
    "ImageFileDelta",
    "ImageUrl",
    "ImageUrlDelta",
    "JsonSchemaDocument",
    "JsonSchemaFormat",
    "ListAssistantFilesResponse",
    "ListAssistantsResponse",
    "ListFilesResponse",
    "ListMessageFilesResponse",
    "ListMessagesResponse",
    "ListOrder",
    "ListRunStepsResponse",
    "ListRunsResponse",
    "ListThreadsResponse",
    "ListVectorStoreFilesResponse",
    "ListVectorStoresResponse",
    "MessageAttachment",
    "MessageContentImageFile",
    "MessageContentImageUrl",
    "MessageContentRefusal",
    "MessageContentText",
    "MessageDelta",
    "MessageDeltaContentImageFile",
    "MessageDeltaContentImageUrl",
    "MessageDeltaContentRefusal",
    "MessageDeltaContentText",
    "MessageDeltaObject",
    "MessageDeltaStreamEvent",
    "MessageDeltaStreamEventEvent",
    "MessageDeltaText",
    "MessageFileObject",
    "MessageIncompleteDetails",
    "MessageIncompleteReason",
    "MessageObject",
    "MessageRequestContentText",
    "MessageRole",
    "MessageStatus",
    "MessageStreamEvent",
    "MessageStreamEventEvent",
    "MessageText",
    "Metadata",
    "ModifyAssistantRequest",
    "ModifyMessageRequest",
    "ModifyRunRequest",
    "ModifyThreadRequest",
    "NamedToolChoice",
    "NamedToolChoiceFunction",
    "NamedToolChoiceType",
    "OpenAIFile",
    "OpenApiAuth",
    "OpenApiAuthType",
    "OpenApiSecurityScheme",
    "OpenApiTool",
    "OpenApiToolSettings",
    "OpenApiToolSettingsSpec",
    "OtherChunkingStrategy",
    "ReasoningEffort",
    "ResponseFormatAuto",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatText",
    "RetrievalTool",
    "RunIncompleteDetails",
    "RunIncompleteReason",
    "RunLastError",
    "RunLastErrorCode",
    "RunObject",
    "RunRequiredAction",
    "RunRequiredActionType",
    "RunStatus",
    "RunStepAzureAISearchToolCall",
    "RunStepAzureAISearchToolCallAzureAiSearch",
    "RunStepAzureFunctionToolCall",
    "RunStepBingCustomSearchToolCall",
    "RunStepBingCustomSearchToolCallBingCustomSearch",
    "RunStepBingGroundingToolCall",
    "RunStepBingGroundingToolCallBingGrounding",
    "RunStepCodeInterpreterToolCall",
    "RunStepConnectedAgentToolCall",
    "RunStepDelta",
    "RunStepDeltaAzureAISearchToolCall",
    "RunStepDeltaAzureAISearchToolCallAzureAiSearch",
    "RunStepDeltaAzureFunctionToolCall",
    "RunStepDeltaBingCustomSearchToolCall",
    "RunStepDeltaBingCustomSearchToolCallBingCustomSearch",
    "RunStepDeltaBingGroundingToolCall",
    "RunStepDeltaBingGroundingToolCallBingGrounding",
    "RunStepDeltaCodeInterpreterToolCall",
    "RunStepDeltaConnectedAgentToolCall",
    "RunStepDeltaDetailsMessageCreation",
    "RunStepDeltaDetailsToolCalls",
    "RunStepDeltaFabricDataAgentToolCall",
    "RunStepDeltaFabricDataAgentToolCallFabricDataagent",
    "RunStepDeltaFileSearchToolCall",
    "RunStepDeltaFunctionToolCall",
    "RunStepDeltaMessageCreation",
    "RunStepDeltaObject",
    "RunStepDeltaOpenApiToolCall",
    "RunStepDeltaOpenApiToolCallOpenapi",
    "RunStepDeltaSharepointGroundingToolCall",
    "RunStepDeltaSharepointGroundingToolCallSharepointGrounding",
    "RunStepDeltaStreamEvent",
    "RunStepDeltaStreamEventEvent",
    "RunStepDetailsMessageCreation",
    "RunStepDetailsToolCalls",
    "RunStepFabricDataAgentToolCall",
    "RunStepFabricDataAgentToolCallFabricDataagent",
    "RunStepFileSearchToolCall",
    "RunStepFunctionToolCall",
    "RunStepIncludeField",
    "RunStepLastError",
    "RunStepLastErrorCode",
    "RunStepMessageCreation",
    "RunStepObject",
    "RunStepOpenApiToolCall",
    "RunStepOpenApiToolCallOpenapi",
    "RunStepSharepointGroundingToolCall",
    "RunStepSharepointGroundingToolCallSharepointGrounding",
    "RunStepStatus",
    "RunStepStreamEvent",
    "RunStepStreamEventEvent",
    "RunStepType",
    "RunStreamEvent",
    "RunStreamEventEvent",
    "RunSubmitToolOutputs",
    "RunToolCallFunction",
    "RunToolCallObject",
    "RunToolCallType",
    "RunUsage",
    "SharepointGroundingTool",
    "StaticChunkingSettings",
    "StaticChunkingStrategy",
    "SubmitToolOutputsRunRequest",
    "ThreadObject",
    "ThreadStreamEvent",
    "ThreadStreamEventEvent",
    "ToolChoiceMode",
    "ToolConnection",
    "ToolOutput",
    "ToolResources",
    "TruncationStrategy",
    "TruncationStrategyType",
    "UnknownAnnotation",
    "UnknownAnnotationDelta",
    "UnknownAttachmentTool",
    "UnknownChunkingStrategy",
    "UnknownCodeInterpreterOutput",
    "UnknownCodeInterpreterOutputDelta",
    "UnknownMessageContent",
    "UnknownMessageDeltaContent",
    "UnknownResponseFormat",
    "UnknownRunStepDeltaDetails",
    "UnknownRunStepDeltaToolCall",
    "UnknownRunStepDetails",
    "UnknownRunStepToolCall",
    "UnknownTool",
    "UpdateVectorStoreFileAttributesRequest",
    "UpdateVectorStoreRequest",
    "Upload",
    "UploadPart",
    "UploadStatus",
    "VectorStoreBatchFile",
    "VectorStoreExpirationAfter",
    "VectorStoreFileAttributes",
    "VectorStoreFileBatchObject",
    "VectorStoreFileBatchStatus",
    "VectorStoreFileContentResponse",
    "VectorStoreFileCounts",
    "VectorStoreFileLastError",
    "VectorStoreFileLastErrorCode",
    "VectorStoreFileObject",
    "VectorStoreFileStatus",
    "VectorStoreHelper",
    "VectorStoreObject",
    "VectorStoreSearchRanker",
    "VectorStoreSearchRankingOptions",
    "VectorStoreSearchRequest",
    "VectorStoreSearchResult",
    "VectorStoreSearchResultsPage",
    "VectorStoreStatus",
    "VectorStoreTextContent",
)
