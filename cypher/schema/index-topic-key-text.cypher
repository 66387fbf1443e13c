// Topics whose key contains a folded text (TopicMeetings): a text index answers CONTAINS without reading every topic.
CREATE TEXT INDEX topic_key_text IF NOT EXISTS FOR (t:Topic) ON (t.keyText)
