namespace CobBot.Knowledge;

/// <summary>
/// Words that carry no topic in a customer's question ("how do I …", "can you tell me …"). Dropping them
/// keeps OR-queries from matching every article on filler words.
/// </summary>
internal static class StopWords
{
    public static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "been", "before", "being", "but", "by", "can", "could", "d", "did", "do", "does", "doing", "don",
        "done", "during", "each", "else", "even", "ever", "every", "for", "from", "get", "gets", "getting", "give",
        "go", "got", "had", "has", "have", "having", "he", "hello", "her", "here", "hey", "hi", "him", "his",
        "how", "i", "if", "im", "in", "into", "is", "it", "its", "just", "know", "let", "like", "ll", "m",
        "me", "might", "more", "most", "much", "must", "my", "need", "needs", "no", "not", "now", "of", "off",
        "ok", "okay", "on", "one", "only", "or", "other", "our", "ours", "out", "over", "please", "re", "s",
        "say", "see", "shall", "she", "should", "so", "some", "still", "such", "t", "take", "tell", "than",
        "thank", "thanks", "that", "the", "their", "them", "then", "there", "these", "they", "thing", "things",
        "this", "those", "to", "too", "u", "up", "us", "ve", "very", "want", "wanna", "was", "way", "we",
        "were", "what", "whats", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "y", "yes", "you", "your", "yours",
        "arent", "cant", "cannot", "didnt", "doesnt", "dont", "hows", "isnt", "ive", "wheres", "whos", "wont",
        "youre", "provide", "provides", "provided", "offer", "offers", "offered",
        "good", "great", "best", "many", "morning", "afternoon", "evening",
        // Chat shorthand.
        "ur", "pls", "plz", "wat", "wut", "thx", "ty", "r", "n", "guys",
    };
}
