# b22-012  medicare  styles (6) mobile voice-to-text nurse note + (2) chair-time / charge worksheet
# Gaps: wastage_documented missing (JZ billed, nothing said about waste; "Waste (mg):" left empty),
#       expiration_date missing ("Exp: ***").
# Zemaira 5,300 mg billed J2252 x5300 JZ (guide code table: J2252 = any A1PI at 1 mg/unit).

CHART_ID = "b22-012"
DOS = "2026-02-24"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J2252", "units": 5300, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "96361", "units": 1, "modifiers": []},
    {"hcpcs": "96375", "units": 1, "modifiers": []},
    {"hcpcs": "J7050", "units": 1, "modifiers": []},
    {"hcpcs": "J1200", "units": 1, "modifiers": ["JZ"]},
]

D1 = """
RN NOTE - mobile dictation (PowerMic Mobile), auto-transcribed, not reviewed
HARTLEY, YVONNE M    DOS 2/24/2026    RN Marisol Quintero    entered 2/24/2026 3:02 PM

patient here for weekly zemaira states she feels good this week walked with her sister at the mall twice no flare ups since the fall her breathing's been steady on the weekly infusions she says
weight eighty eight point five kg up from 87.9 last week
vitals 98.1 76 18 134/82 sats 94 percent room air lungs diminished bases otherwise clear
IV 22 gauge left forearm at twelve twenty good blood return
bolus normal saline 250 ml for hydration ran twelve twenty five to 1 o'clock she had a stomach bug over the weekend
premedicated with Benadryl 25 IV push at twelve fifty two and Tylenol 650 by mouth at twelve forty five
zemaira five thousand three hundred milligrams infusion started one oh five pm via pump 0.08 ml per kilo per minute lot checked with the pharmacy label
no reaction vitals at 1:20 stable no itching no flushing
completed at one thirty eight flushed
IV d/c'd 1:50 sight clean dry
next week same time her daughter asked about home infusion will route to Dr Pham
"""

D2 = """
ST. BRENDAN OUTPATIENT INFUSION - CHAIR TIME / CHARGE WORKSHEET
DOS 02/24/2026 | Chair 2 | RN M. Quintero | Ordering: T. Pham, MD (Pulm)
Pt: HARTLEY, YVONNE M   MRN 4410-7762   DOB 10/15/1956   Payer: Medicare Part B
Time in 12:15   Time out 14:05   (110 min)

#  Medication / fluid        Dose       Route  Start  Stop   Code    Units  Mod
-  ------------------------  ---------  -----  -----  -----  ------  -----  ---
1  NS 250 mL (hydration)     250 mL     IV     12:25  13:00  96361   1
                                                             J7050   1
2  Acetaminophen             650 mg     PO     12:45  --     --
3  Diphenhydramine           25 mg      IVP    12:52  12:53  96375   1
                                                             J1200   1      JZ
4  Zemaira (alpha1-PI)       5,300 mg   IV     13:05  13:38  96365   1
                                                             J2252   5300   JZ
   Vials: per pharmacy     Lot: P100618229     Exp: ***
   Waste (mg):
   Wt used for dose: 88.5 kg (today)  ->  60 mg/kg = 5,310 mg, pharmacy rounded to 5,300 mg

Vitals   12:18  T 36.7  HR 76  RR 18  BP 134/82  SpO2 94% RA
         13:20  HR 74  BP 128/78  SpO2 95%  no flushing
         13:45  HR 72  BP 126/76  SpO2 95%
Hierarchy: 96365 initial (A1PI); hydration 96361 (35 min, secondary); push 96375.
Charge entry M. Quintero 14:12 / reviewed R. Oduya (charge RN) 02/25.
"""

D3 = """
PULMONARY ASSOCIATES OF ST. BRENDAN - CLINIC NOTE                   01/06/2026
Yvonne M. Hartley   69 F   DOB 10/15/1956        Thanh Pham, MD

Dx: alpha-1 antitrypsin deficiency, PiZZ (IEF 2017; DNA confirmed ZZ 2017). AAT 5.5 µM
at diagnosis (2017). CT 2024: panlobular emphysema lower lobes and cylindrical
bronchiectasis RLL. Never smoker (childhood second-hand exposure only).
Therapy: Zemaira weekly since 03/2018 at St. Brendan infusion.

Interval: Remains stable on augmentation - FEV1 58 % pred (12/2025) vs 60 % (06/2025),
one exacerbation in 2025 (treated outpatient). Daily airway clearance with the vest.
Wt 87.2 kg   BP 130/80   SpO2 95% RA
Exam: scattered rhonchi RLL, clears with cough; no clubbing; no edema.

Medications
- Zemaira IV weekly (infusion center)
- Trelegy Ellipta 1 inhalation daily
- albuterol HFA 2 puffs q4h prn
- hypertonic saline 3 % neb BID with airway clearance
- azithromycin 250 mg Mon/Wed/Fri (since 2023)
- vitamin D 2,000 IU daily

Plan: 1. Continue Zemaira 60 mg/kg IV weekly; discuss home infusion if she wishes.
2. Sputum culture if exacerbation; annual NTM screen done 11/2025 (negative).
3. Vaccines: flu 10/2025, RSV 11/2024, PCV20 2023 - up to date.
4. Sister (72) PI*MZ - no therapy. RTC 6 mo.      T. Pham, MD
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-02-24", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-02-24", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-06", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency, PiZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "PiZZ (IEF 2017; DNA confirmed ZZ 2017)"},
    {"kind": "serum_aat", "value": 5.5, "unit": "uM", "_doc": "d3", "_ev": "AAT 5.5 µM"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "panlobular emphysema lower lobes"},
    {"kind": "lung_disease", "value": "bronchiectasis", "_doc": "d3", "_ev": "cylindrical\nbronchiectasis RLL"},
    {"kind": "weight", "value": 88.5, "unit": "kg", "value_kg": 88.5, "_doc": "d2", "_ev": "Wt used for dose: 88.5 kg (today)", "_date": "2026-02-24"},
    {"kind": "weight", "value": 87.9, "unit": "kg", "value_kg": 87.9, "_doc": "d1", "_ev": "up from 87.9 last week", "_date": "2026-02-17"},
    {"kind": "weight", "value": 87.2, "unit": "kg", "value_kg": 87.2, "_doc": "d3", "_ev": "Wt 87.2 kg", "_date": "2026-01-06"},
    {"kind": "dose", "value": 5300, "_doc": "d2", "_ev": "5,300 mg   IV"},
    {"kind": "lot_number", "value": "P100618229", "_doc": "d2", "_ev": "Lot: P100618229"},
    {"kind": "infusion_start", "value": "13:05", "_doc": "d2", "_ev": "13:05  13:38"},
    {"kind": "infusion_end", "value": "13:38", "_doc": "d2", "_ev": "13:05  13:38"},
    {"kind": "fev1", "value": 58, "_doc": "d3", "_ev": "FEV1 58 % pred"},
    {"kind": "fev1", "value": 60, "_doc": "d3", "_ev": "60 % (06/2025)"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "her breathing's been steady on the weekly infusions"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Never smoker"},
    {"kind": "drug_product", "value": "Zemaira", "_doc": "d2", "_ev": "Zemaira (alpha1-PI)", "_dos": True},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "missing",
    "lot_number": "met", "expiration_date": "missing", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "not_applicable", "code_selection": "met",
}

ARITH = {
    "dos": DOS, "administered": True, "weight_kg": 88.5, "weight_date": "2026-02-24",
    "dose_mg": 5300, "target_mg": 5310.0, "pct_diff": -0.2, "within_10pct": True,
    "code": "J2252", "billing_unit_mg": 1, "units_expected": 5300, "units_billed": 5300,
    "vials_mg": None, "waste_mg": None, "jw_expected": None, "jw_billed": 0,
    "expirations": [], "expiration_ok": None,
}

TRAPS = [
    ("d1", "twelve twenty five to 1 o'clock", "hydration times"),
    ("d1", "twelve fifty two", "diphenhydramine push"),
    ("d1", "Tylenol 650", "other drug"),
    ("d1", "twelve twenty", "PIV time"),
    ("d1", "vitals at 1:20", "vital-sign time"),
    ("d1", "IV d/c'd 1:50", "PIV removal"),
    ("d2", "12:25  13:00", "hydration times"),
    ("d2", "12:52  12:53", "push times"),
    ("d2", "60 mg/kg = 5,310 mg", "calculation"),
    ("d2", "Exp: ***", "placeholder"),
    ("d2", "Waste (mg):\n", "empty field"),
    ("d3", "Sister (72) PI*MZ", "relative"),
]

NOTES = """
Gaps: wastage_documented missing - Medicare claim J2252 5300 JZ, but no document says anything about waste (the
worksheet's 'Waste (mg):' is empty, the dictation never mentions it); expiration_date missing ('Exp: ***'). The
dictated note (no punctuation, 'eighty eight point five kg', 'one oh five pm', 'completed at one thirty eight',
'Benadryl 25', 'Tylenol 650') and the chair-time worksheet (hydration 12:25-13:00 96361, diphenhydramine push
12:52-12:53 96375, A1PI 13:05-13:38 96365) each carry their own line times. J2252 at 1 mg/unit: 5,300 units for
5,300 mg and code_selection met per the guide's code table (CMS lists J2252 as midazolam; see README). Bronchiectasis
is a lung_disease finding beside emphysema. 'up from 87.9 last week' is a historical weight.
"""
