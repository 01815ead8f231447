select explode(sequence(1, 12)) as month_number
