META
key;value
description;Kleines Beispiel: eine Wahl
num_projects;2
num_votes;3
budget;50000
vote_type;choose-1
PROJECTS
project_id;cost;name
x;20000;Bank
y;30000;Baum
VOTES
voter_id;vote
1;x
2;y
3;x
