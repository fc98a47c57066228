D1 = """
HARBORVIEW INFUSION & SPECIALTY CLINIC
INFUSION TREATMENT RECORD                                   Printed 03/12/2026 01:22:16 PM
Patient: ASHWORTH-RUIZ, MARGARET E ("Peggy")   MRN HV-2209187   DOB 07/04/1956   Sex F
Visit: 03/12/2026   Location: Infusion Bay 2   Nurse: Fiona MacAllister, RN   Pharmacist: D. Soto, PharmD
Therapy: GLASSIA (alpha1-proteinase inhibitor [human]) 60 mg/kg IV every 7 days - ordered by R. Iyer, MD

EVENT LOG (system time, 12-hour clock)
  11:41:08 AM  Patient arrived / checked in at front desk
  11:43:55 AM  ID band applied, 2 identifiers verified
  11:45:02 AM  Vitals: T 36,6 C | HR 74 | BP 128/74 | RR 16 | SpO2 95% RA
  11:46:30 AM  Weight (bay scale): 68,4 kg  -- pt prefers stones: 10 st 11 lb
  11:47:10 AM  Pre-infusion screen: no fever, no new cough/sputum, no recent antibiotics. Last infusion
               03/05/2026 tolerated. Premeds: none ordered.
  11:51:44 AM  PIV 22 g L forearm, first attempt, blood return +, flushed 10 mL NS
  11:58:30 AM  Pharmacy release: Glassia 1 g/50 mL ready-to-use vials x 4
               Lot LE12W104AB   Verfall/Exp 31.10.2026   (carton label, manufacturer's EU-format date)
               Dose verification: 60 mg/kg x 68,4 kg = 4104 mg; rounded to 4 whole vials
  12:00:00 PM  (noon) GLASSIA INFUSION STARTED via pump, 5 micron in-line filter
               Rate 6,5 mL/min (label max 0,2 mL/kg/min = 13,7 mL/min)
  12:15:30 PM  Vitals: HR 76 | BP 124/72 | SpO2 96% - no flushing, no itch, no SOB
  12:31:47 PM  GLASSIA INFUSION STOPPED - bag and tubing empty
  12:32:40 PM  Post-flush 20 mL NS
  12:45:10 PM  Vitals: HR 72 | BP 126/74 | SpO2 96%
  12:58:03 PM  PIV removed, tip intact, pressure dressing
   1:05:00 PM  Discharged home, ambulatory, husband driving

ADMINISTRATION SUMMARY
  Drug: Glassia   Total dose administered: 4000 mg (200 mL; 4 vials x 1 g/50 mL, all fully used)
  Wastage: none - no residual drug discarded
  Adverse reaction: none
  Infusion duration: 31 min 47 s

STORAGE CHECK
  Med fridge B log reviewed: last automated reading 12:00:00 AM (midnight) 4,2 C; 6:00:00 AM 4,4 C.
  Vials kept at room temperature from 11:15 AM per Glassia handling (use within 3 h of entering vial).

BILLING
  J0257 x 400 units, modifier JZ  |  96365 x 1

NEXT VISIT: Thursday 19 March 2026, 12:00 noon, Bay 2 (standing order)
Signed electronically: Fiona MacAllister, RN   03/12/2026 01:20:44 PM
"""

D2 = """
HARBORVIEW PULMONARY - PROGRESS NOTE
Date: 02/19/2026        Patient: Margaret (Peggy) Ashworth-Ruiz, 69 F        Provider: Rohan Iyer, MD

Subjective: Routine 6-month review, alpha-1 antitrypsin deficiency on weekly Glassia. Born in Leeds, lived
in Hamburg 1988-2019, then moved here. Feels "as good as I've been in years". Walks 45 minutes most days,
swims twice a week. One cold in December without an exacerbation. No hospital admissions since moving here.
Never smoked. Worked as a translator.

History: Alpha-1 antitrypsin deficiency, PI*ZZ - diagnosed 2011 at UKE Hamburg (AAT 0,22 g/l, phenotype
PiZZ, see scanned report). IV augmentation in Germany 2011-2019 (60 mg/kg weekly), Glassia
here since 10/2019. CT chest 2024: panlobular emphysema, bibasal, stable versus 2021. No bronchiectasis.

Meds: Glassia 60 mg/kg IV weekly; Spiolto (tiotropium/olodaterol) 2 puffs daily; salbutamol prn (rarely);
letrozole 2.5 mg daily (breast cancer 2022, in remission); calcium + D.

Exam: BP 126/70, HR 72, SpO2 96%, Wt 69.5 kg. Chest: reduced air entry at bases, no wheeze.

PFT today: FEV1 1.38 L (52% predicted), FVC 2.88 L (91% predicted), FEV1/FVC 0.48, DLCO 55%.
FEV1 in 02/2025: 1.40 L (52% predicted). Stable.

Assessment:
AATD PI*ZZ with panlobular emphysema, moderate-severe airflow obstruction - excellent response to augmentation:
FEV1 unchanged over 12 months, no exacerbations, high activity level.

Plan:
- Continue Glassia 60 mg/kg weekly, standing order Thursdays at noon.
- Weight stable; dose stays at 4 vials unless weight drops below 62 kg.
- Vaccines reviewed; RSV vaccine given 11/2025.
- Return 6 months.

R. Iyer, MD
"""

D3 = """
[Eingescanntes Fremdbefund - scanned outside record, Hamburg, Germany; original German retained]
UNIVERSITAETSKLINIKUM HAMBURG-EPPENDORF - Institut fuer Klinische Chemie und Laboratoriumsmedizin
Patientin: Ashworth-Ruiz, Margaret    geb. 04.07.1956
Einsender: II. Medizinische Klinik, Pneumologie
Eingang: 14.03.2011 09:12    Befund: 21.03.2011

Untersuchung                      Ergebnis      Einheit     Referenzbereich
Alpha-1-Antitrypsin (Serum)       0,22          g/l         0,90 - 2,00        erniedrigt
CRP                               2,4           mg/l        < 5,0
Leukozyten                        6,8           /nl         3,8 - 11,0
Haemoglobin                       13,4          g/dl        12,0 - 15,4
Thrombozyten                      254           /nl         150 - 400
GOT (AST)                         21            U/l         < 35
GPT (ALT)                         18            U/l         < 35
Gamma-GT                          24            U/l         < 40
IgA                               2,1           g/l         0,7 - 4,0
Alpha-1-Antitrypsin-Phaenotyp     PiZZ                      (PiMM)
  Methode: isoelektrische Fokussierung

Beurteilung: Schwerer Alpha-1-Antitrypsin-Mangel, Phaenotyp PiZZ. Genetische Beratung und Testung
von Angehoerigen 1. Grades empfohlen.

[Translation by clinic: Severe alpha-1 antitrypsin deficiency, phenotype PiZZ. Genetic counselling and
testing of first-degree relatives recommended.]
Befund elektronisch freigegeben 21.03.2011 14:32.
gez. Dr. med. K. Lindemann, Fachaerztin fuer Laboratoriumsmedizin
"""

CHART = {
    "chart_id": "b11-010",
    "date_of_service": "2026-03-12",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0257", "units": 400, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-03-12", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-02-19", "text": D2},
        {"id": "d3", "type": "lab_report", "date": "2011-03-21", "text": D3},
    ],
}

ARITH = {"profile": "medicare", "dos_weight_kg": 68.4, "dose_mg": 4000, "waste_mg": 0,
         "expirations": ["2026-10-31"], "start": "12:00", "end": "12:31", "products": ["Glassia"]}

GOLD = {
    "chart_id": "b11-010",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 0.22, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 52},
        {"kind": "weight", "value": 68.4, "unit": "kg", "value_kg": 68.4},
        {"kind": "weight", "value": 69.5, "unit": "kg", "value_kg": 69.5},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "LE12W104AB"},
        {"kind": "expiration_date", "value": "2026-10-31"},
        {"kind": "infusion_start", "value": "12:00"},
        {"kind": "infusion_end", "value": "12:31"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Glassia"},
    ],
    "notes": (
        "Complete medicare chart; infusion record in 12-hour clock with seconds, 'noon'/'midnight', comma "
        "decimals and stones. Start '12:00:00 PM (noon)' -> 12:00; stop '12:31:47 PM' -> 12:31 (not 00:31, "
        "not 12:32). Weight '68,4 kg -- 10 st 11 lb' is ONE weight (10 st 11 lb = 151 lb = 68.5 kg): 68.4 kg. "
        "60 x 68.4 = 4104; given 4000 mg = -2.5 %. Glassia billed J0257 (correct code), ceil(4000/10) = 400 "
        "JZ, 'Wastage: none'. Exp '31.10.2026' (day.month.year) -> 2026-10-31, after DOS. Serum '0,22 g/l' "
        "-> 0.22 g/L, below 0.57 g/L. German phenotype PiZZ by IEF, lab reference '(PiMM)' is not a result. "
        "German augmentation 2011-2019 names no product. J0257 matches the "
        "documented Glassia. Traps: arrival "
        "11:41:08 AM, vitals 11:45:02/12:15:30/12:45:10, PIV 11:51:44, pharmacy release 11:58:30 AM, flush "
        "12:32:40, PIV out 12:58:03, discharge 1:05:00 PM, printed 01:22:16 PM, signed 01:20:44 PM, fridge "
        "log 12:00:00 AM (midnight) and 6:00:00 AM, room temp from 11:15 AM, next visit 12:00 noon on 19 "
        "March; duration '31 min 47 s'; rates 6,5 and 13,7 mL/min, 0,2 mL/kg/min; calculated 4104 mg; CRP "
        "2,4 mg/l; letrozole 2.5 mg; office weight 69.5 kg (a weight finding, not nearest DOS); hypothetical "
        "62 kg threshold; FVC 91 %, DLCO 55 %."
    ),
}
