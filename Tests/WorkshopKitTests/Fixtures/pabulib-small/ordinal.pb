META
key;value
description;Kleines Beispiel: Rangfolge
num_projects;3
num_votes;4
budget;90000
vote_type;ordinal
max_length;3
rule;greedy
PROJECTS
project_id;cost;name
10;30000;Trinkbrunnen
11;45000;Fahrradständer
12;40000;Kunst im Park
VOTES
voter_id;vote
1;10,12,11
2;12,10
3;11
4;12,11,10
