META
key;value
description;Kleines Beispiel: Zustimmung
country;Germany
unit;Coesfeld
instance;2025
num_projects;4
num_votes;5
budget;100000
vote_type;approval
rule;greedy
min_length;1
max_length;None
PROJECTS
project_id;cost;votes;name;category;selected
P1;40000;3;Mobilstation am Bahnhof;verkehr;1
P2;35000;3;"Spielplatz ""Am Wall""";kinder;1
P3;50000;2;Radweg Süd;verkehr;0
BO.OM.4/24;10000;None;Lesecafé;kultur;None
VOTES
voter_id;age;sex;vote;voting_method
1;34;F;P1,P2;internet
2;None;M;P1,P3;paper
3;61;;P2,BO.OM.4/24,P3;internet
4;45;F;P1,P2,P3,BO.OM.4/24;internet
5;22;M;None;paper
