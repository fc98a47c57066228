"""b20-013: medicaid, gaps: genotype conflict (PI*MZ only), units_match_dose conflict (480 units billed from the
struck 4,800 mg; 4,220 mg given -> 422) and infusion_times conflict (paper form 'Stop: 1340 [sic]' before
'Start: 1415'). Styles (1) focus-charting nursing notes + (6) paper infusion record transcribed by the unit
clerk; outside pulmonology consult. Zemaira, J0256 JZ."""

CHART_ID = "b20-013"
DOS = "2025-10-30"
PAYER = {"profile": "medicaid", "name": "Pinecrest Community Care (Medicaid MCO)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 480, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
NURSING FOCUS NOTES                       Elmwood Clinic Infusion Room     10/30/2025
Patient: CASTELLANOS, RUBEN D     MRN 3309172     DOB 02/21/1968     57 y/o M
Author: Grace Whitaker, RN

Entered 15:06
FOCUS: Weekly alpha-1 augmentation (Zemaira)
 Data: Hx alpha-1 antitrypsin deficiency per outside pulmonologist, emphysema,
   ex-smoker. Weighed in shoes: 154 lb 12 oz. VS T 36.9 HR 80 BP 138/84 RR 18
   SpO2 93% RA. No fever, cough at baseline, no new meds.
 Action: Zemaira 4 vials reconstituted by pharmacy (actual mg per carton
   1,052 / 1,060 / 1,044 / 1,064). 24 g PIV L forearm, flushed. Pharmacy
   label reads 4,220 mg total. Infused via pump with 5 micron filter, about
   20 min, all four vials - nothing left to waste. Lot P100508812,
   exp 07/31/2026 (all 4 vials, one lot).
 Response: No hives, flushing, back pain or SOB. Post VS HR 82 BP 134/80
   SpO2 94%. Pt states he "hasn't had a flare since spring" and credits the
   weekly infusions; tolerating therapy well. PIV removed, site WNL.

Entered 15:11
FOCUS: Order discrepancy
 Data: Standing order in Epic still reads "Zemaira 4,800 mg" (written 2023 at
   80 kg). Today's weight ~70 kg; pharmacy dispensed per current weight.
 Action: Message to Dr. Lindgren to update order; charge nurse aware.
 Response: Awaiting reply. Paper record corrected to 4,220 mg.

Entered 15:14
FOCUS: Coping / transportation
 Data: Pt missed 10/16 visit - Medicaid ride did not arrive.
 Action: Gave transportation line number; SW referral.
 Response: Pt agreeable; next visit 11/06/2025 14:00.
"""

D2 = """
[SCANNED PAPER - "INFUSION ADMINISTRATION RECORD" (ELM-INF-3)
 transcribed by unit clerk S. Baptiste (SB) 10/30/2025 16:20]
[Key: ~~x~~ struck through on form; [illegible]; [?] unsure reading; [sic] as written]

Patient: Castellanos, Ruben       DOB: 2/21/68      Date: 10/30/25
Insurance: Pinecrest Medicaid     PA # 4471023-A  (thru 03/31/26)
Dx: E88.01, J43.9
Drug: ZEMAIRA                     Order: 60 mg/kg weekly
Wt: 70.2 kg   (70.2 x 60 = 4,212)
Dose: ~~4800~~ 4,220 mg  GW
Vials: 4   Lot: P100508812   Exp: 07/31/2026
Route: IV   Site: L FA 24g   Filter: yes
Start: 1415       Stop: 1340 [sic]
Premeds: none     Reaction: none
Waste: 0
Pre BP 138/84  HR 80     Post BP 134/80  HR 82
RN: G. Whitaker  GW        Verified by: [illegible]
Charge slip: J0256 x 480 units   96365 x1   (slip stapled to form; units
   written before the dose correction, not re-totaled)
[SB: "Stop" time written as shown; no other entry on the form.]
"""

D3 = """
PULMONARY CONSULTATION (outside records, received 06/2025)
Northgate Lung Specialists - Kristof Lindgren, MD         Visit 05/27/2025
Patient: Ruben D. Castellanos, DOB 02/21/1968

Reason: continuity of augmentation therapy after insurance change.

History: Emphysema (CT 2021: moderate centrilobular and paraseptal, upper and
lower zones). Former smoker, 28 pack-years, quit 2017. Alpha-1 testing 2021:
serum AAT 52 mg/dL (nephelometry, ref 100-190), genotype PI*MZ (S and Z
panel; sequencing not done). Started Zemaira 2023 at another practice at
4,800 mg weekly (weight then 80 kg). He reports fewer exacerbations since,
though FEV1 has drifted down: 48% predicted today vs 52% in 2023.

Impression: PI*MZ heterozygote with a level below 57 mg/dL and emphysema.
Guidelines do not generally support augmentation in MZ; the low level may
reflect an unidentified second variant. Recommend full SERPINA1 sequencing
(ordered, pending). Continue current therapy until the result returns; dose
should follow current weight (~70 kg).
Brother: PI*ZZ, lung transplant 2019.

Kristof Lindgren, MD
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2025-10-30", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2025-10-30", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-05-27", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Hx alpha-1 antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["M", "Z"], "_doc": "d3", "_ev": "genotype PI*MZ"},
    {"kind": "serum_aat", "value": 52, "unit": "mg/dL", "_doc": "d3", "_ev": "serum AAT 52 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "Emphysema (CT 2021"},
    {"kind": "weight", "value": 70.2, "unit": "kg", "value_kg": 70.2, "_date": "2025-10-30", "_doc": "d2", "_ev": "Wt: 70.2 kg"},
    {"kind": "weight", "value": 80, "unit": "kg", "value_kg": 80.0, "_date": "2023-06-01", "_doc": "d3", "_ev": "weight then 80 kg"},
    {"kind": "dose", "value": 4220, "_doc": "d2", "_ev": "~~4800~~ 4,220 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "Waste: 0"},
    {"kind": "lot_number", "value": "P100508812", "_doc": "d2", "_ev": "Lot: P100508812"},
    {"kind": "expiration_date", "value": "2026-07-31", "_doc": "d2", "_ev": "Exp: 07/31/2026"},
    {"kind": "infusion_start", "value": "14:15", "_doc": "d2", "_ev": "Start: 1415"},
    {"kind": "infusion_end", "value": "13:40", "_doc": "d2", "_ev": "Stop: 1340 [sic]"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "tolerating therapy well"},
    {"kind": "prior_authorization", "value": "4471023-A", "_doc": "d2", "_ev": "PA # 4471023-A"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d2", "_ev": "Drug: ZEMAIRA"},
    {"kind": "fev1", "value": 48, "_doc": "d3", "_ev": "48% predicted today"},
    {"kind": "fev1", "value": 52, "_doc": "d3", "_ev": "52% in 2023"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, 28 pack-years, quit 2017"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "conflict", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "conflict", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "conflict",
    "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
    "smoking_status": "met",
}

NOTES = """
Gaps: genotype conflict (PI*MZ is the only result; sequencing pending), units_match_dose conflict (480 units
billed, copied from the struck 4,800 mg; 4,220 mg given -> 422), infusion_times conflict (transcribed
'Start: 1415  Stop: 1340 [sic]'; the focus note gives only 'about 20 min'). The focus note's weight
'154 lb 12 oz' equals the form's 70.2 kg (one finding). Serum 52 mg/dL is below 57 (met). Traps: standing
order 4,800 mg and 'weight then 80 kg' (historical weight, listed); 70.2 x 60 = 4,212 calc; vial potencies;
'Entered 15:06/15:11/15:14' documentation times; next visit 11/06 14:00; missed 10/16 visit; brother PI*ZZ;
hypothetical second variant; charge slip 'J0256 x 480 units' written before the dose correction.
"""

ARITH = {
    "weight_kg": 70.2, "weight_source": "d2 paper form (= 154 lb 12 oz in d1)",
    "dose_mg": 4220, "target_mg": 4212.0, "pct_diff": 0.2, "within_10pct": True,
    "claim": [{"hcpcs": "J0256", "modifiers": ["JZ"], "billed": 480, "expected": 422}],
    "waste_mg": 0, "jw_units_expected": 0,
    "lots": [{"lot": "P100508812", "exp": "2026-07-31", "dos": DOS, "ok": True}],
}
